# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fapiao_card_item import FapiaoCardItem
    from ..models.fapiao_extra_information import FapiaoExtraInformation
    from ..models.fapiao_seller_information import FapiaoSellerInformation


T = TypeVar("T", bound="FapiaoCardInformation")


@_attrs_define
class FapiaoCardInformation:
    """电子发票卡券信息 — one self-issued fapiao to put into the card wallet."""

    fapiao_media_id: str
    """ 电子发票文件ID — `fapiao_media_id` from `upload_fapiao_file`. """
    fapiao_number: str
    """ 发票号码 — fapiao number. """
    fapiao_code: str
    """ 发票代码 — fapiao code. """
    fapiao_time: datetime.datetime
    """ 开票时间 — issue time, RFC 3339. """
    check_code: str
    """ 校验码 — check code. """
    password: str
    """ 密码 — the fapiao's cipher text (密码区). """
    total_amount: int
    """ 总价税合计 — total including tax, in fen. """
    tax_amount: int
    """ 总税额 — total tax, in fen. """
    amount: int
    """ 总金额 — total before tax, in fen. """
    seller_information: FapiaoSellerInformation
    """ 销售方信息 — the seller (used in requests and answers; no closed values, so one schema
    serves both).
     """
    extra_information: FapiaoExtraInformation
    """ 附加信息 — names printed at the bottom of the fapiao (used in requests and answers). """
    items: list[FapiaoCardItem]
    """ 发票行信息 — the lines of the fapiao. """
    remark: str | Unset = UNSET
    """ 备注信息 — remark. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fapiao_media_id = self.fapiao_media_id

        fapiao_number = self.fapiao_number

        fapiao_code = self.fapiao_code

        fapiao_time = self.fapiao_time.isoformat()

        check_code = self.check_code

        password = self.password

        total_amount = self.total_amount

        tax_amount = self.tax_amount

        amount = self.amount

        seller_information = self.seller_information.to_dict()

        extra_information = self.extra_information.to_dict()

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        remark = self.remark

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fapiao_media_id": fapiao_media_id,
                "fapiao_number": fapiao_number,
                "fapiao_code": fapiao_code,
                "fapiao_time": fapiao_time,
                "check_code": check_code,
                "password": password,
                "total_amount": total_amount,
                "tax_amount": tax_amount,
                "amount": amount,
                "seller_information": seller_information,
                "extra_information": extra_information,
                "items": items,
            }
        )
        if remark is not UNSET:
            field_dict["remark"] = remark

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.fapiao_card_item import FapiaoCardItem
        from ..models.fapiao_extra_information import FapiaoExtraInformation
        from ..models.fapiao_seller_information import FapiaoSellerInformation

        d = dict(src_dict)
        fapiao_media_id = d.pop("fapiao_media_id")

        fapiao_number = d.pop("fapiao_number")

        fapiao_code = d.pop("fapiao_code")

        fapiao_time = datetime.datetime.fromisoformat(d.pop("fapiao_time"))

        check_code = d.pop("check_code")

        password = d.pop("password")

        total_amount = d.pop("total_amount")

        tax_amount = d.pop("tax_amount")

        amount = d.pop("amount")

        seller_information = FapiaoSellerInformation.from_dict(d.pop("seller_information"))

        extra_information = FapiaoExtraInformation.from_dict(d.pop("extra_information"))

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = FapiaoCardItem.from_dict(items_item_data)

            items.append(items_item)

        remark = d.pop("remark", UNSET)

        fapiao_card_information = cls(
            fapiao_media_id=fapiao_media_id,
            fapiao_number=fapiao_number,
            fapiao_code=fapiao_code,
            fapiao_time=fapiao_time,
            check_code=check_code,
            password=password,
            total_amount=total_amount,
            tax_amount=tax_amount,
            amount=amount,
            seller_information=seller_information,
            extra_information=extra_information,
            items=items,
            remark=remark,
        )

        fapiao_card_information.additional_properties = d
        return fapiao_card_information

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
