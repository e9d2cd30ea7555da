# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

AggracctChannelPunishRequestFundRepatriationStrategy = Literal["ALL_ALLOWED_WHEN_UNIQUE", "ALL_FORBIDDEN"]

AGGRACCT_CHANNEL_PUNISH_REQUEST_FUND_REPATRIATION_STRATEGY_VALUES: set[
    AggracctChannelPunishRequestFundRepatriationStrategy
] = {
    "ALL_ALLOWED_WHEN_UNIQUE",
    "ALL_FORBIDDEN",
}


def check_aggracct_channel_punish_request_fund_repatriation_strategy(
    value: str,
) -> AggracctChannelPunishRequestFundRepatriationStrategy:
    if value in AGGRACCT_CHANNEL_PUNISH_REQUEST_FUND_REPATRIATION_STRATEGY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AGGRACCT_CHANNEL_PUNISH_REQUEST_FUND_REPATRIATION_STRATEGY_VALUES!r}"
    )
