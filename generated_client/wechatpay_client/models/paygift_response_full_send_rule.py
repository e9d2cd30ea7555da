# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.paygift_response_award_base_info import PaygiftResponseAwardBaseInfo


T = TypeVar("T", bound="PaygiftResponseFullSendRule")


@_attrs_define
class PaygiftResponseFullSendRule:
    """满送活动奖品发放规则 (应答) — spend-threshold rule, as returned."""

    transaction_amount_minimum: int
    """ 消费金额门槛 — threshold, in fen. """
    send_content: str
    """ 发放内容 — `SINGLE_COUPON` or `GIFT_PACKAGE`. Open set. """
    award_type: str
    """ 奖品类型 — `BUSIFAVOR`. Open set. """
    merchant_option: str
    """ 发券商户号选项 — `IN_SEVICE_COUPON_MERCHANT` or `MANUAL_INPUT_MERCHANT`. Open set. """
    award_list: list[PaygiftResponseAwardBaseInfo] | Unset = UNSET
    """ 奖品基本信息列表 — the prizes. """
    merchant_id_list: list[str] | Unset = UNSET
    """ 发券商户号列表 — issuing merchant IDs. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        transaction_amount_minimum = self.transaction_amount_minimum

        send_content = self.send_content

        award_type = self.award_type

        merchant_option = self.merchant_option

        award_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.award_list, Unset):
            award_list = []
            for award_list_item_data in self.award_list:
                award_list_item = award_list_item_data.to_dict()
                award_list.append(award_list_item)

        merchant_id_list: list[str] | Unset = UNSET
        if not isinstance(self.merchant_id_list, Unset):
            merchant_id_list = self.merchant_id_list

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "transaction_amount_minimum": transaction_amount_minimum,
                "send_content": send_content,
                "award_type": award_type,
                "merchant_option": merchant_option,
            }
        )
        if award_list is not UNSET:
            field_dict["award_list"] = award_list
        if merchant_id_list is not UNSET:
            field_dict["merchant_id_list"] = merchant_id_list

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.paygift_response_award_base_info import PaygiftResponseAwardBaseInfo

        d = dict(src_dict)
        transaction_amount_minimum = d.pop("transaction_amount_minimum")

        send_content = d.pop("send_content")

        award_type = d.pop("award_type")

        merchant_option = d.pop("merchant_option")

        _award_list = d.pop("award_list", UNSET)
        award_list: list[PaygiftResponseAwardBaseInfo] | Unset = UNSET
        if _award_list is not UNSET:
            award_list = []
            for award_list_item_data in _award_list:
                award_list_item = PaygiftResponseAwardBaseInfo.from_dict(award_list_item_data)

                award_list.append(award_list_item)

        merchant_id_list = cast(list[str], d.pop("merchant_id_list", UNSET))

        paygift_response_full_send_rule = cls(
            transaction_amount_minimum=transaction_amount_minimum,
            send_content=send_content,
            award_type=award_type,
            merchant_option=merchant_option,
            award_list=award_list,
            merchant_id_list=merchant_id_list,
        )

        paygift_response_full_send_rule.additional_properties = d
        return paygift_response_full_send_rule

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
