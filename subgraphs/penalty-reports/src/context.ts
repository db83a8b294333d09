import type { DataSource } from 'typeorm';
import type { Principal } from '../../../lib/principal.js';

export interface Context {
  principal: Principal;
  db: DataSource;
}
