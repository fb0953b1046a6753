import { EMERGENCY_SCENES } from './emergency-scenes';
import { HIGH_SCENES } from './high-scenes';
import type { Scene } from './scene';

export const SCENES: readonly Scene[] = [...EMERGENCY_SCENES, ...HIGH_SCENES];
