# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fapiao_card_status_information import FapiaoCardStatusInformation
    from ..models.fapiao_extra_information import FapiaoExtraInformation
    from ..models.fapiao_number_information import FapiaoNumberInformation
    from ..models.fapiao_response_buyer_information import FapiaoResponseBuyerInformation
    from ..models.fapiao_response_item import FapiaoResponseItem
    from ..models.fapiao_seller_information import FapiaoSellerInformation


T = TypeVar("T", bound="FapiaoInformation")


@_attrs_define
class FapiaoInformation:
    """发票信息 — one fapiao of an application, as WeChat Pay reports it."""

    fapiao_id: str
    """ 商户发票单号 — merchant fapiao number. """
    status: str
    """ 发票状态 — `ISSUE_ACCEPTED`, `ISSUED`, `REVERSE_ACCEPTED`, `REVERSED`, and in the 数电
    mode `ISSUE_FAILED`, `REVERSE_FAILED` (open set).
     """
    blue_fapiao: FapiaoNumberInformation | Unset = UNSET
    """ 蓝字/红字发票信息 — numbers of an issued blue or red fapiao. 数电 fapiao have no code,
    check code or password, so only the number and time may be present.
     """
    red_fapiao: FapiaoNumberInformation | Unset = UNSET
    """ 蓝字/红字发票信息 — numbers of an issued blue or red fapiao. 数电 fapiao have no code,
    check code or password, so only the number and time may be present.
     """
    card_information: FapiaoCardStatusInformation | Unset = UNSET
    """ 电子发票插卡信息 — where the fapiao card is. """
    total_amount: int | Unset = UNSET
    """ 总价税合计 — total including tax, in fen. """
    tax_amount: int | Unset = UNSET
    """ 总税额 — total tax, in fen. """
    amount: int | Unset = UNSET
    """ 总金额 — total before tax, in fen. """
    seller_information: FapiaoSellerInformation | Unset = UNSET
    """ 销售方信息 — the seller (used in requests and answers; no closed values, so one schema
    serves both).
     """
    buyer_information: FapiaoResponseBuyerInformation | Unset = UNSET
    """ 购买方信息 — the buyer as WeChat Pay returns it (answer side of
    `FapiaoBuyerInformation`). `phone` and `email` arrive encrypted with the merchant's key;
    the SDK decrypts them after verifying the answer.
     """
    extra_information: FapiaoExtraInformation | Unset = UNSET
    """ 附加信息 — names printed at the bottom of the fapiao (used in requests and answers). """
    items: list[FapiaoResponseItem] | Unset = UNSET
    """ 发票行信息 — the lines. """
    remark: str | Unset = UNSET
    """ 备注信息 — remark. """
    fapiao_error_code: str | Unset = UNSET
    """ 开票失败错误码 — error code of a failed issue (数电 mode). """
    fapiao_error_message: str | Unset = UNSET
    """ 开票失败原因 — reason of a failed issue (数电 mode). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fapiao_id = self.fapiao_id

        status = self.status

        blue_fapiao: dict[str, Any] | Unset = UNSET
        if not isinstance(self.blue_fapiao, Unset):
            blue_fapiao = self.blue_fapiao.to_dict()

        red_fapiao: dict[str, Any] | Unset = UNSET
        if not isinstance(self.red_fapiao, Unset):
            red_fapiao = self.red_fapiao.to_dict()

        card_information: dict[str, Any] | Unset = UNSET
        if not isinstance(self.card_information, Unset):
            card_information = self.card_information.to_dict()

        total_amount = self.total_amount

        tax_amount = self.tax_amount

        amount = self.amount

        seller_information: dict[str, Any] | Unset = UNSET
        if not isinstance(self.seller_information, Unset):
            seller_information = self.seller_information.to_dict()

        buyer_information: dict[str, Any] | Unset = UNSET
        if not isinstance(self.buyer_information, Unset):
            buyer_information = self.buyer_information.to_dict()

        extra_information: dict[str, Any] | Unset = UNSET
        if not isinstance(self.extra_information, Unset):
            extra_information = self.extra_information.to_dict()

        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        remark = self.remark

        fapiao_error_code = self.fapiao_error_code

        fapiao_error_message = self.fapiao_error_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fapiao_id": fapiao_id,
                "status": status,
            }
        )
        if blue_fapiao is not UNSET:
            field_dict["blue_fapiao"] = blue_fapiao
        if red_fapiao is not UNSET:
            field_dict["red_fapiao"] = red_fapiao
        if card_information is not UNSET:
            field_dict["card_information"] = card_information
        if total_amount is not UNSET:
            field_dict["total_amount"] = total_amount
        if tax_amount is not UNSET:
            field_dict["tax_amount"] = tax_amount
        if amount is not UNSET:
            field_dict["amount"] = amount
        if seller_information is not UNSET:
            field_dict["seller_information"] = seller_information
        if buyer_information is not UNSET:
            field_dict["buyer_information"] = buyer_information
        if extra_information is not UNSET:
            field_dict["extra_information"] = extra_information
        if items is not UNSET:
            field_dict["items"] = items
        if remark is not UNSET:
            field_dict["remark"] = remark
        if fapiao_error_code is not UNSET:
            field_dict["fapiao_error_code"] = fapiao_error_code
        if fapiao_error_message is not UNSET:
            field_dict["fapiao_error_message"] = fapiao_error_message

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.fapiao_card_status_information import FapiaoCardStatusInformation
        from ..models.fapiao_extra_information import FapiaoExtraInformation
        from ..models.fapiao_number_information import FapiaoNumberInformation
        from ..models.fapiao_response_buyer_information import FapiaoResponseBuyerInformation
        from ..models.fapiao_response_item import FapiaoResponseItem
        from ..models.fapiao_seller_information import FapiaoSellerInformation

        d = dict(src_dict)
        fapiao_id = d.pop("fapiao_id")

        status = d.pop("status")

        _blue_fapiao = d.pop("blue_fapiao", UNSET)
        blue_fapiao: FapiaoNumberInformation | Unset
        if isinstance(_blue_fapiao, Unset):
            blue_fapiao = UNSET
        else:
            blue_fapiao = FapiaoNumberInformation.from_dict(_blue_fapiao)

        _red_fapiao = d.pop("red_fapiao", UNSET)
        red_fapiao: FapiaoNumberInformation | Unset
        if isinstance(_red_fapiao, Unset):
            red_fapiao = UNSET
        else:
            red_fapiao = FapiaoNumberInformation.from_dict(_red_fapiao)

        _card_information = d.pop("card_information", UNSET)
        card_information: FapiaoCardStatusInformation | Unset
        if isinstance(_card_information, Unset):
            card_information = UNSET
        else:
            card_information = FapiaoCardStatusInformation.from_dict(_card_information)

        total_amount = d.pop("total_amount", UNSET)

        tax_amount = d.pop("tax_amount", UNSET)

        amount = d.pop("amount", UNSET)

        _seller_information = d.pop("seller_information", UNSET)
        seller_information: FapiaoSellerInformation | Unset
        if isinstance(_seller_information, Unset):
            seller_information = UNSET
        else:
            seller_information = FapiaoSellerInformation.from_dict(_seller_information)

        _buyer_information = d.pop("buyer_information", UNSET)
        buyer_information: FapiaoResponseBuyerInformation | Unset
        if isinstance(_buyer_information, Unset):
            buyer_information = UNSET
        else:
            buyer_information = FapiaoResponseBuyerInformation.from_dict(_buyer_information)

        _extra_information = d.pop("extra_information", UNSET)
        extra_information: FapiaoExtraInformation | Unset
        if isinstance(_extra_information, Unset):
            extra_information = UNSET
        else:
            extra_information = FapiaoExtraInformation.from_dict(_extra_information)

        _items = d.pop("items", UNSET)
        items: list[FapiaoResponseItem] | Unset = UNSET
        if _items is not UNSET:
            items = []
            for items_item_data in _items:
                items_item = FapiaoResponseItem.from_dict(items_item_data)

                items.append(items_item)

        remark = d.pop("remark", UNSET)

        fapiao_error_code = d.pop("fapiao_error_code", UNSET)

        fapiao_error_message = d.pop("fapiao_error_message", UNSET)

        fapiao_information = cls(
            fapiao_id=fapiao_id,
            status=status,
            blue_fapiao=blue_fapiao,
            red_fapiao=red_fapiao,
            card_information=card_information,
            total_amount=total_amount,
            tax_amount=tax_amount,
            amount=amount,
            seller_information=seller_information,
            buyer_information=buyer_information,
            extra_information=extra_information,
            items=items,
            remark=remark,
            fapiao_error_code=fapiao_error_code,
            fapiao_error_message=fapiao_error_message,
        )

        fapiao_information.additional_properties = d
        return fapiao_information

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
