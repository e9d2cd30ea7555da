# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.paygift_full_send_rule_award_type import (
    PaygiftFullSendRuleAwardType,
    check_paygift_full_send_rule_award_type,
)
from ..models.paygift_full_send_rule_merchant_option import (
    PaygiftFullSendRuleMerchantOption,
    check_paygift_full_send_rule_merchant_option,
)
from ..models.paygift_full_send_rule_send_content import (
    PaygiftFullSendRuleSendContent,
    check_paygift_full_send_rule_send_content,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.paygift_award_base_info import PaygiftAwardBaseInfo


T = TypeVar("T", bound="PaygiftFullSendRule")


@_attrs_define
class PaygiftFullSendRule:
    """满送活动奖品发放规则 — the prize rule of a spend-threshold activity (request side).
    `merchant_id_list` is needed with `MANUAL_INPUT_MERCHANT` (the only option for 商家券).

    """

    transaction_amount_minimum: int
    """ 消费金额门槛 — payment amount that earns the prize, in fen. """
    send_content: PaygiftFullSendRuleSendContent
    """ 发放内容 — `SINGLE_COUPON` (one coupon) or `GIFT_PACKAGE` (a package of 3 to 5 prizes). """
    award_type: PaygiftFullSendRuleAwardType
    """ 奖品类型 — `BUSIFAVOR` (商家券), the only prize type so far. """
    award_list: list[PaygiftAwardBaseInfo]
    """ 奖品基本信息列表 — the prizes, one for `SINGLE_COUPON`, 3 to 5 for `GIFT_PACKAGE`. """
    merchant_option: PaygiftFullSendRuleMerchantOption
    """ 发券商户号选项 — `IN_SEVICE_COUPON_MERCHANT` (the merchants already using the
    coupons; spelled so by WeChat Pay) or `MANUAL_INPUT_MERCHANT` (list them in
    `merchant_id_list`).
     """
    merchant_id_list: list[str] | Unset = UNSET
    """ 发券商户号列表 — issuing merchant IDs, for `MANUAL_INPUT_MERCHANT`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        transaction_amount_minimum = self.transaction_amount_minimum

        send_content: str = self.send_content

        award_type: str = self.award_type

        award_list = []
        for award_list_item_data in self.award_list:
            award_list_item = award_list_item_data.to_dict()
            award_list.append(award_list_item)

        merchant_option: str = self.merchant_option

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
                "award_list": award_list,
                "merchant_option": merchant_option,
            }
        )
        if merchant_id_list is not UNSET:
            field_dict["merchant_id_list"] = merchant_id_list

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.paygift_award_base_info import PaygiftAwardBaseInfo

        d = dict(src_dict)
        transaction_amount_minimum = d.pop("transaction_amount_minimum")

        send_content = check_paygift_full_send_rule_send_content(d.pop("send_content"))

        award_type = check_paygift_full_send_rule_award_type(d.pop("award_type"))

        award_list = []
        _award_list = d.pop("award_list")
        for award_list_item_data in _award_list:
            award_list_item = PaygiftAwardBaseInfo.from_dict(award_list_item_data)

            award_list.append(award_list_item)

        merchant_option = check_paygift_full_send_rule_merchant_option(d.pop("merchant_option"))

        merchant_id_list = cast(list[str], d.pop("merchant_id_list", UNSET))

        paygift_full_send_rule = cls(
            transaction_amount_minimum=transaction_amount_minimum,
            send_content=send_content,
            award_type=award_type,
            award_list=award_list,
            merchant_option=merchant_option,
            merchant_id_list=merchant_id_list,
        )

        paygift_full_send_rule.additional_properties = d
        return paygift_full_send_rule

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
