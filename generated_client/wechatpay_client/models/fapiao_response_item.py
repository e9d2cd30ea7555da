# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FapiaoResponseItem")


@_attrs_define
class FapiaoResponseItem:
    """发票行信息 — one line of an issued fapiao (answer side)."""

    tax_code: str
    """ 货物或应税劳务、服务编码 — tax classification code. """
    quantity: int
    """ 数量 — quantity in units of 10^-8. """
    total_amount: int
    """ 单行金额合计 — line amount including tax, in fen. """
    discount: bool
    """ 是否折扣行 — discount line. """
    goods_name: str | Unset = UNSET
    """ 货物或应税劳务、服务名称 — goods or service name. """
    specification: str | Unset = UNSET
    """ 规格型号 — specification / model. """
    unit: str | Unset = UNSET
    """ 单位 — unit. """
    unit_price: int | Unset = UNSET
    """ 单价 — unit price in units of 10^-8 yuan (380442000000 = 3804.42 yuan). """
    amount: int | Unset = UNSET
    """ 单行金额 — line amount before tax, in fen. """
    tax_amount: int | Unset = UNSET
    """ 单行税额 — line tax, in fen. """
    tax_rate: int | Unset = UNSET
    """ 税率 — tax rate in units of 1/10000. """
    tax_prefer_mark: str | Unset = UNSET
    """ 税收优惠政策标识 — `NO_FAVORABLE`, `OUTSIDE_VAT`, `VAT_EXEMPT`, `NORMAL_ZERO_RATED`,
    `EXPORT_ZERO_RATED` (open set).
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tax_code = self.tax_code

        quantity = self.quantity

        total_amount = self.total_amount

        discount = self.discount

        goods_name = self.goods_name

        specification = self.specification

        unit = self.unit

        unit_price = self.unit_price

        amount = self.amount

        tax_amount = self.tax_amount

        tax_rate = self.tax_rate

        tax_prefer_mark = self.tax_prefer_mark

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tax_code": tax_code,
                "quantity": quantity,
                "total_amount": total_amount,
                "discount": discount,
            }
        )
        if goods_name is not UNSET:
            field_dict["goods_name"] = goods_name
        if specification is not UNSET:
            field_dict["specification"] = specification
        if unit is not UNSET:
            field_dict["unit"] = unit
        if unit_price is not UNSET:
            field_dict["unit_price"] = unit_price
        if amount is not UNSET:
            field_dict["amount"] = amount
        if tax_amount is not UNSET:
            field_dict["tax_amount"] = tax_amount
        if tax_rate is not UNSET:
            field_dict["tax_rate"] = tax_rate
        if tax_prefer_mark is not UNSET:
            field_dict["tax_prefer_mark"] = tax_prefer_mark

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        tax_code = d.pop("tax_code")

        quantity = d.pop("quantity")

        total_amount = d.pop("total_amount")

        discount = d.pop("discount")

        goods_name = d.pop("goods_name", UNSET)

        specification = d.pop("specification", UNSET)

        unit = d.pop("unit", UNSET)

        unit_price = d.pop("unit_price", UNSET)

        amount = d.pop("amount", UNSET)

        tax_amount = d.pop("tax_amount", UNSET)

        tax_rate = d.pop("tax_rate", UNSET)

        tax_prefer_mark = d.pop("tax_prefer_mark", UNSET)

        fapiao_response_item = cls(
            tax_code=tax_code,
            quantity=quantity,
            total_amount=total_amount,
            discount=discount,
            goods_name=goods_name,
            specification=specification,
            unit=unit,
            unit_price=unit_price,
            amount=amount,
            tax_amount=tax_amount,
            tax_rate=tax_rate,
            tax_prefer_mark=tax_prefer_mark,
        )

        fapiao_response_item.additional_properties = d
        return fapiao_response_item

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
