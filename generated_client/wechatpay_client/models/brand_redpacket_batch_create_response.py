# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BrandRedpacketBatchCreateResponse")


@_attrs_define
class BrandRedpacketBatchCreateResponse:
    """品牌商户发放红包应答 — the accepted batch."""

    out_batch_no: str
    """ 商家品牌红包批次单号 — the merchant's batch number. """
    create_time: datetime.datetime
    """ 品牌红包批次创建时间 — when the batch was accepted (RFC 3339). """
    batch_no: str | Unset = UNSET
    """ 微信支付品牌红包批次单号 — WeChat Pay's batch number. """
    batch_state: str | Unset = UNSET
    """ 批次单状态 — `WAIT_PAY` (awaiting a merchant employee's confirmation), `ACCEPTED`,
    `PROCESSING`, `FINISHED` or `CLOSED` (known values; open set).
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        out_batch_no = self.out_batch_no

        create_time = self.create_time.isoformat()

        batch_no = self.batch_no

        batch_state = self.batch_state

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "out_batch_no": out_batch_no,
                "create_time": create_time,
            }
        )
        if batch_no is not UNSET:
            field_dict["batch_no"] = batch_no
        if batch_state is not UNSET:
            field_dict["batch_state"] = batch_state

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        out_batch_no = d.pop("out_batch_no")

        create_time = datetime.datetime.fromisoformat(d.pop("create_time"))

        batch_no = d.pop("batch_no", UNSET)

        batch_state = d.pop("batch_state", UNSET)

        brand_redpacket_batch_create_response = cls(
            out_batch_no=out_batch_no,
            create_time=create_time,
            batch_no=batch_no,
            batch_state=batch_state,
        )

        brand_redpacket_batch_create_response.additional_properties = d
        return brand_redpacket_batch_create_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
