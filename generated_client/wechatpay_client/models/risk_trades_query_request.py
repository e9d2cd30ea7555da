# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RiskTradesQueryRequest")


@_attrs_define
class RiskTradesQueryRequest:
    """查询风险订单请求 — time window and page. `sp_mchid`/`sub_mchid` are service-provider
    fields; a direct merchant sends `mchid` (optional in OA and IM).

    """

    sp_mchid: str | Unset = UNSET
    """ 服务商商户号 — service-provider mode only. """
    sub_mchid: str | Unset = UNSET
    """ 子商户号 — service-provider mode only. """
    mchid: str | Unset = UNSET
    """ 商户号 — the merchant's ID. """
    start_time: datetime.datetime | Unset = UNSET
    """ 开始时间 — start of the window (RFC 3339). """
    end_time: datetime.datetime | Unset = UNSET
    """ 结束时间 — end of the window (RFC 3339). """
    page_index: int | Unset = UNSET
    """ 查询页码 — page number, from 1 (default 1). """
    page_size: int | Unset = UNSET
    """ 查询页大小 — page size (default 10). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sp_mchid = self.sp_mchid

        sub_mchid = self.sub_mchid

        mchid = self.mchid

        start_time: str | Unset = UNSET
        if not isinstance(self.start_time, Unset):
            start_time = self.start_time.isoformat()

        end_time: str | Unset = UNSET
        if not isinstance(self.end_time, Unset):
            end_time = self.end_time.isoformat()

        page_index = self.page_index

        page_size = self.page_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sp_mchid is not UNSET:
            field_dict["sp_mchid"] = sp_mchid
        if sub_mchid is not UNSET:
            field_dict["sub_mchid"] = sub_mchid
        if mchid is not UNSET:
            field_dict["mchid"] = mchid
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if page_index is not UNSET:
            field_dict["page_index"] = page_index
        if page_size is not UNSET:
            field_dict["page_size"] = page_size

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        sp_mchid = d.pop("sp_mchid", UNSET)

        sub_mchid = d.pop("sub_mchid", UNSET)

        mchid = d.pop("mchid", UNSET)

        _start_time = d.pop("start_time", UNSET)
        start_time: datetime.datetime | Unset
        if isinstance(_start_time, Unset):
            start_time = UNSET
        else:
            start_time = datetime.datetime.fromisoformat(_start_time)

        _end_time = d.pop("end_time", UNSET)
        end_time: datetime.datetime | Unset
        if isinstance(_end_time, Unset):
            end_time = UNSET
        else:
            end_time = datetime.datetime.fromisoformat(_end_time)

        page_index = d.pop("page_index", UNSET)

        page_size = d.pop("page_size", UNSET)

        risk_trades_query_request = cls(
            sp_mchid=sp_mchid,
            sub_mchid=sub_mchid,
            mchid=mchid,
            start_time=start_time,
            end_time=end_time,
            page_index=page_index,
            page_size=page_size,
        )

        risk_trades_query_request.additional_properties = d
        return risk_trades_query_request

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
