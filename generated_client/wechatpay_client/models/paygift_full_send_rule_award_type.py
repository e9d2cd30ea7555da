# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

PaygiftFullSendRuleAwardType = Literal["BUSIFAVOR"]

PAYGIFT_FULL_SEND_RULE_AWARD_TYPE_VALUES: set[PaygiftFullSendRuleAwardType] = {
    "BUSIFAVOR",
}


def check_paygift_full_send_rule_award_type(value: str) -> PaygiftFullSendRuleAwardType:
    if value in PAYGIFT_FULL_SEND_RULE_AWARD_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PAYGIFT_FULL_SEND_RULE_AWARD_TYPE_VALUES!r}")
