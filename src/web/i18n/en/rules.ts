import { RULE_MESSAGES_EN } from '../../../contract';

/** Rule messages come from the contract so the dialog and the BFF say the same thing. */
export const rules = RULE_MESSAGES_EN;
