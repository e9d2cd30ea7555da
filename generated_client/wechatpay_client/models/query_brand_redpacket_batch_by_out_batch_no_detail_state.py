# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

QueryBrandRedpacketBatchByOutBatchNoDetailState = Literal["DETAIL_VIEW_ALL", "DETAIL_VIEW_FAIL", "DETAIL_VIEW_SUCCESS"]

QUERY_BRAND_REDPACKET_BATCH_BY_OUT_BATCH_NO_DETAIL_STATE_VALUES: set[
    QueryBrandRedpacketBatchByOutBatchNoDetailState
] = {
    "DETAIL_VIEW_ALL",
    "DETAIL_VIEW_FAIL",
    "DETAIL_VIEW_SUCCESS",
}


def check_query_brand_redpacket_batch_by_out_batch_no_detail_state(
    value: str,
) -> QueryBrandRedpacketBatchByOutBatchNoDetailState:
    if value in QUERY_BRAND_REDPACKET_BATCH_BY_OUT_BATCH_NO_DETAIL_STATE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {QUERY_BRAND_REDPACKET_BATCH_BY_OUT_BATCH_NO_DETAIL_STATE_VALUES!r}"
    )
