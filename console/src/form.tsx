import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { ApiError } from './api.js';
import { FieldProblems } from './ui.js';

/** `2026-07-20T10:00` typed into a datetime-local field, read on the Asia/Shanghai clock whatever the browser's zone. */
export const shanghaiInstant = (local: string): string | undefined =>
  local ? new Date(`${local.length === 16 ? `${local}:00` : local}+08:00`).toISOString() : undefined;

/** An instant as a datetime-local value on the Asia/Shanghai clock. */
export const shanghaiLocal = (at: Date): string => new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 16);

const domId = (path: string) => `f-${path.replace(/[^\w]+/g, '-')}`;

/**
 * One labelled input and, next to it, the reasons the exchange gave for its field path (extensions.problems);
 * the reasons are the input's description for screen readers.
 */
export function Field(props: {
  label: string;
  path: string;
  error: ApiError | undefined;
  value: string;
  onValue: (v: string) => void;
  type?: 'text' | 'date' | 'datetime-local' | 'search';
  multiline?: boolean;
  options?: [string, string][];
  exact?: boolean;
}) {
  const { label, path, error, value, onValue } = props;
  const id = domId(path);
  const common = {
    id,
    name: path,
    'aria-describedby': `${id}-problem`,
    'aria-invalid': error?.reasonsFor(path, props.exact).length ? true : undefined,
  };
  const read = (e: Event) => onValue((e.target as HTMLInputElement).value);
  let control: ComponentChildren;
  if (props.options) {
    control = (
      <select {...common} value={value} onChange={read}>
        {props.options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    );
  } else if (props.multiline) {
    control = <textarea {...common} rows={3} value={value} onInput={read} />;
  } else {
    const type = (props.type ?? 'text') as 'text';
    control = <input {...common} type={type} value={value} onInput={read} />;
  }
  return (
    <div class="field" data-field={path}>
      <label for={id}>{label}</label>
      {control}
      <FieldProblems error={error} path={path} id={`${id}-problem`} exact={props.exact} />
    </div>
  );
}

/** A form's state: its values by name, the exchange's last refusal, and whether a send is under way. */
export function useForm<T extends Record<string, string>>(initial: T) {
  const [values, setValues] = useState<T>(initial);
  const [error, setError] = useState<ApiError | undefined>();
  const [busy, setBusy] = useState(false);
  const bind = (name: keyof T & string) => ({
    value: values[name],
    onValue: (v: string) => setValues((old) => ({ ...old, [name]: v })),
  });
  /** Runs `send`; a refusal is kept for the fields to show, and the result (or undefined) returned. */
  const submit = async <R,>(send: () => Promise<R>): Promise<R | undefined> => {
    setBusy(true);
    try {
      const r = await send();
      setError(undefined);
      return r;
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError('CLIENT_ERROR', String(e)));
      return undefined;
    } finally {
      setBusy(false);
    }
  };
  return { values, setValues, error, setError, busy, bind, submit };
}
