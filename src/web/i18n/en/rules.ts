import { IMAGE_LIFE_MESSAGES_EN, RULE_MESSAGES_EN } from '../../../contract';

/** Rule messages come from the contract so the dialogs and the BFF say the same thing. */
export const rules = { ...RULE_MESSAGES_EN, ...IMAGE_LIFE_MESSAGES_EN };
