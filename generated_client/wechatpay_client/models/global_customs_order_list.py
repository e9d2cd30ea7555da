# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.global_customs_order_record import GlobalCustomsOrderRecord


T = TypeVar("T", bound="GlobalCustomsOrderList")


@_attrs_define
class GlobalCustomsOrderList:
    """报关查询应答 — the declarations of an order."""

    data: list[GlobalCustomsOrderRecord]
    """ 报关数据包 — the declarations. """
    appid: str | Unset = UNSET
    """ 应用ID — AppID. """
    mchid: str | Unset = UNSET
    """ 商户号 — merchant ID. """
    transaction_id: str | Unset = UNSET
    """ 微信支付订单号 — WeChat Pay order number. """
    verify_department: str | Unset = UNSET
    """ 核验机构 — verifying body. Open set; known values `UNIONPAY`, `NETSUNION`, `OTHERS`. """
    verify_department_trade_id: str | Unset = UNSET
    """ 核验机构流水号 — the verifying body's transaction number. """
    offset: int | Unset = UNSET
    """ 偏移量 — offset of this page. """
    limit: int | Unset = UNSET
    """ 请求最大记录条数 — page size. """
    total_count: int | Unset = UNSET
    """ 查询结果总条数 — total number of records. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        appid = self.appid

        mchid = self.mchid

        transaction_id = self.transaction_id

        verify_department = self.verify_department

        verify_department_trade_id = self.verify_department_trade_id

        offset = self.offset

        limit = self.limit

        total_count = self.total_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if appid is not UNSET:
            field_dict["appid"] = appid
        if mchid is not UNSET:
            field_dict["mchid"] = mchid
        if transaction_id is not UNSET:
            field_dict["transaction_id"] = transaction_id
        if verify_department is not UNSET:
            field_dict["verify_department"] = verify_department
        if verify_department_trade_id is not UNSET:
            field_dict["verify_department_trade_id"] = verify_department_trade_id
        if offset is not UNSET:
            field_dict["offset"] = offset
        if limit is not UNSET:
            field_dict["limit"] = limit
        if total_count is not UNSET:
            field_dict["total_count"] = total_count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.global_customs_order_record import GlobalCustomsOrderRecord

        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = GlobalCustomsOrderRecord.from_dict(data_item_data)

            data.append(data_item)

        appid = d.pop("appid", UNSET)

        mchid = d.pop("mchid", UNSET)

        transaction_id = d.pop("transaction_id", UNSET)

        verify_department = d.pop("verify_department", UNSET)

        verify_department_trade_id = d.pop("verify_department_trade_id", UNSET)

        offset = d.pop("offset", UNSET)

        limit = d.pop("limit", UNSET)

        total_count = d.pop("total_count", UNSET)

        global_customs_order_list = cls(
            data=data,
            appid=appid,
            mchid=mchid,
            transaction_id=transaction_id,
            verify_department=verify_department,
            verify_department_trade_id=verify_department_trade_id,
            offset=offset,
            limit=limit,
            total_count=total_count,
        )

        global_customs_order_list.additional_properties = d
        return global_customs_order_list

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
