# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

RiskTradeUnionInformationRequestOfflineDeliveryLabel = Literal[1, 2]

RISK_TRADE_UNION_INFORMATION_REQUEST_OFFLINE_DELIVERY_LABEL_VALUES: set[
    RiskTradeUnionInformationRequestOfflineDeliveryLabel
] = {
    1,
    2,
}


def check_risk_trade_union_information_request_offline_delivery_label(
    value: int,
) -> RiskTradeUnionInformationRequestOfflineDeliveryLabel:
    if value in RISK_TRADE_UNION_INFORMATION_REQUEST_OFFLINE_DELIVERY_LABEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RISK_TRADE_UNION_INFORMATION_REQUEST_OFFLINE_DELIVERY_LABEL_VALUES!r}"
    )
