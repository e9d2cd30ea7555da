# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TransferBatchCreateResponse")


@_attrs_define
class TransferBatchCreateResponse:
    """发起批量转账应答 — the batch as accepted."""

    out_batch_no: str
    """ 商家批次单号 — merchant batch number. """
    batch_id: str
    """ 微信批次单号 — WeChat Pay's batch number. """
    create_time: datetime.datetime
    """ 批次创建时间 — acceptance time (RFC 3339). """
    batch_status: str | Unset = UNSET
    """ 批次状态 — open set; known values: `ACCEPTED` (still so after 30 minutes: check the
    balance), `PROCESSING`, `FINISHED`, `CLOSED`.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        out_batch_no = self.out_batch_no

        batch_id = self.batch_id

        create_time = self.create_time.isoformat()

        batch_status = self.batch_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "out_batch_no": out_batch_no,
                "batch_id": batch_id,
                "create_time": create_time,
            }
        )
        if batch_status is not UNSET:
            field_dict["batch_status"] = batch_status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        out_batch_no = d.pop("out_batch_no")

        batch_id = d.pop("batch_id")

        create_time = datetime.datetime.fromisoformat(d.pop("create_time"))

        batch_status = d.pop("batch_status", UNSET)

        transfer_batch_create_response = cls(
            out_batch_no=out_batch_no,
            batch_id=batch_id,
            create_time=create_time,
            batch_status=batch_status,
        )

        transfer_batch_create_response.additional_properties = d
        return transfer_batch_create_response

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
