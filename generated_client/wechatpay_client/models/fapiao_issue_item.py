# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fapiao_issue_item_tax_prefer_mark import (
    FapiaoIssueItemTaxPreferMark,
    check_fapiao_issue_item_tax_prefer_mark,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="FapiaoIssueItem")


@_attrs_define
class FapiaoIssueItem:
    """发票行信息 — one line of a fapiao to issue. A discount line follows the line it
    discounts, repeats its `tax_code`, has a negative `total_amount` and leaves the goods
    fields out. Fields taken from a good configured in the merchant platform
    (`list_fapiao_tax_codes`) may be left out when `goods_id` is given.

    """

    tax_code: str
    """ 税收分类编码 — tax classification code of the goods or service (19 digits in the
    examples).
     """
    quantity: int
    """ 数量 — quantity in units of 10^-8 (100000000 = 1). """
    total_amount: int
    """ 单行金额合计 — line amount including tax, in fen; negative on a discount line. """
    discount: bool
    """ 是否折扣行 — this line is a discount line. """
    goods_category: str | Unset = UNSET
    """ 税局侧规定的货物或应税劳务、服务分类名称 — tax-side category name. """
    goods_name: str | Unset = UNSET
    """ 货物或应税劳务、服务名称 — goods or service name chosen by the merchant. """
    goods_id: int | Unset = UNSET
    """ 企业侧维护的货物或应税劳务、服务编码 — the merchant's goods ID (from `list_fapiao_tax_codes`). """
    specification: str | Unset = UNSET
    """ 规格型号 — specification / model. """
    unit: str | Unset = UNSET
    """ 单位 — unit. """
    tax_rate: int | Unset = UNSET
    """ 税率 — tax rate in units of 1/10000 (1300 = 13%). """
    tax_prefer_mark: FapiaoIssueItemTaxPreferMark | Unset = UNSET
    """ 税收优惠政策标识 — tax preference: none, outside VAT, VAT exempt, ordinary zero rate,
    export zero rate.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tax_code = self.tax_code

        quantity = self.quantity

        total_amount = self.total_amount

        discount = self.discount

        goods_category = self.goods_category

        goods_name = self.goods_name

        goods_id = self.goods_id

        specification = self.specification

        unit = self.unit

        tax_rate = self.tax_rate

        tax_prefer_mark: str | Unset = UNSET
        if not isinstance(self.tax_prefer_mark, Unset):
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
        if goods_category is not UNSET:
            field_dict["goods_category"] = goods_category
        if goods_name is not UNSET:
            field_dict["goods_name"] = goods_name
        if goods_id is not UNSET:
            field_dict["goods_id"] = goods_id
        if specification is not UNSET:
            field_dict["specification"] = specification
        if unit is not UNSET:
            field_dict["unit"] = unit
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

        goods_category = d.pop("goods_category", UNSET)

        goods_name = d.pop("goods_name", UNSET)

        goods_id = d.pop("goods_id", UNSET)

        specification = d.pop("specification", UNSET)

        unit = d.pop("unit", UNSET)

        tax_rate = d.pop("tax_rate", UNSET)

        _tax_prefer_mark = d.pop("tax_prefer_mark", UNSET)
        tax_prefer_mark: FapiaoIssueItemTaxPreferMark | Unset
        if isinstance(_tax_prefer_mark, Unset):
            tax_prefer_mark = UNSET
        else:
            tax_prefer_mark = check_fapiao_issue_item_tax_prefer_mark(_tax_prefer_mark)

        fapiao_issue_item = cls(
            tax_code=tax_code,
            quantity=quantity,
            total_amount=total_amount,
            discount=discount,
            goods_category=goods_category,
            goods_name=goods_name,
            goods_id=goods_id,
            specification=specification,
            unit=unit,
            tax_rate=tax_rate,
            tax_prefer_mark=tax_prefer_mark,
        )

        fapiao_issue_item.additional_properties = d
        return fapiao_issue_item

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
