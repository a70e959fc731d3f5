export * from './api';
export * from './errors';
export * from './imageRules';
export * from './resources';
