import type { Principal } from '../../../lib/principal.js';
import type { PlatformRepository } from './store/platform.repository.js';

export interface Context {
  principal: Principal;
  platforms: PlatformRepository;
}
