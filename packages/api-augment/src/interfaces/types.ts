// Auto-generated via `yarn polkadot-types-from-defs`, do not edit
/* eslint-disable */

export * from './attribution/types.js';

export type PHANTOM_GENERATED = 'generated';
