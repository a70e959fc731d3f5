export * from './api';
export * from './apiImageLife';
export * from './imageLifeRules';
export * from './errors';
export * from './imageRules';
export * from './resources';
export * from './session';
export * from './mockControl';
