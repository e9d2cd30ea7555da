# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fapiao_card_item_tax_prefer_mark import (
    FapiaoCardItemTaxPreferMark,
    check_fapiao_card_item_tax_prefer_mark,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="FapiaoCardItem")


@_attrs_define
class FapiaoCardItem:
    """发票行信息 — one line of a self-issued fapiao (request side; see `FapiaoResponseItem`)."""

    tax_code: str
    """ 货物或应税劳务、服务编码 — tax classification code. """
    goods_name: str
    """ 货物或应税劳务、服务名称 — goods or service name. """
    quantity: int
    """ 数量 — quantity in units of 10^-8 (100000000 = 1). """
    unit_price: int
    """ 单价 — unit price in units of 10^-8 yuan (official example 380442000000 for 3804.42 yuan, quantity 1, amount
    380442 fen). """
    amount: int
    """ 单行金额 — line amount before tax, in fen. """
    tax_amount: int
    """ 单行税额 — line tax, in fen. """
    total_amount: int
    """ 单行金额合计 — line amount including tax, in fen. """
    tax_rate: int
    """ 税率 — tax rate in units of 1/10000 (1300 = 13%). """
    tax_prefer_mark: FapiaoCardItemTaxPreferMark
    """ 税收优惠政策标识 — tax preference mark. """
    discount: bool
    """ 是否折扣行 — this line is a discount line. """
    specification: str | Unset = UNSET
    """ 规格型号 — specification / model. """
    unit: str | Unset = UNSET
    """ 单位 — unit. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tax_code = self.tax_code

        goods_name = self.goods_name

        quantity = self.quantity

        unit_price = self.unit_price

        amount = self.amount

        tax_amount = self.tax_amount

        total_amount = self.total_amount

        tax_rate = self.tax_rate

        tax_prefer_mark: str = self.tax_prefer_mark

        discount = self.discount

        specification = self.specification

        unit = self.unit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tax_code": tax_code,
                "goods_name": goods_name,
                "quantity": quantity,
                "unit_price": unit_price,
                "amount": amount,
                "tax_amount": tax_amount,
                "total_amount": total_amount,
                "tax_rate": tax_rate,
                "tax_prefer_mark": tax_prefer_mark,
                "discount": discount,
            }
        )
        if specification is not UNSET:
            field_dict["specification"] = specification
        if unit is not UNSET:
            field_dict["unit"] = unit

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        tax_code = d.pop("tax_code")

        goods_name = d.pop("goods_name")

        quantity = d.pop("quantity")

        unit_price = d.pop("unit_price")

        amount = d.pop("amount")

        tax_amount = d.pop("tax_amount")

        total_amount = d.pop("total_amount")

        tax_rate = d.pop("tax_rate")

        tax_prefer_mark = check_fapiao_card_item_tax_prefer_mark(d.pop("tax_prefer_mark"))

        discount = d.pop("discount")

        specification = d.pop("specification", UNSET)

        unit = d.pop("unit", UNSET)

        fapiao_card_item = cls(
            tax_code=tax_code,
            goods_name=goods_name,
            quantity=quantity,
            unit_price=unit_price,
            amount=amount,
            tax_amount=tax_amount,
            total_amount=total_amount,
            tax_rate=tax_rate,
            tax_prefer_mark=tax_prefer_mark,
            discount=discount,
            specification=specification,
            unit=unit,
        )

        fapiao_card_item.additional_properties = d
        return fapiao_card_item

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
