# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.insurance_amount import InsuranceAmount
    from ..models.insurance_policy_period_plan import InsurancePolicyPeriodPlan
    from ..models.insurance_real_identity import InsuranceRealIdentity


T = TypeVar("T", bound="InsurancePreSignJsapiRequest")


@_attrs_define
class InsurancePreSignJsapiRequest:
    """保险商户JSAPI预签约请求 — JSAPI pre-sign request."""

    appid: str
    """ 应用ID — AppID of the merchant's official account. """
    plan_id: int
    """ 委托代扣模板ID — entrusted-deduction plan (template) ID. """
    out_contract_code: str
    """ 商户签约协议号 — merchant contract code, unique on the merchant side; digits and
    ASCII letters only, at most 32 characters.
     """
    insured_display_name: str
    """ 被保人的展示名称 — insured person's display name, already masked by the merchant
    (example "*明"); shown to the user, not encrypted.
     """
    contract_notify_url: str
    """ 签约结果通知地址 — receives `INSURANCE_ENTRUST.SIGN`. """
    policy_start_date: datetime.date
    """ 保险保单的开始日期 — policy start date (YYYY-MM-DD). """
    policy_end_date: datetime.date
    """ 保险保单的结束日期 — policy end date (YYYY-MM-DD). """
    policy_periods: list[InsurancePolicyPeriodPlan]
    """ 保单的扣费周期列表 — the policy's deduction periods (at least one). """
    openid: str | Unset = UNSET
    """ 用户在直连商户应用下的用户标示 — the user's OpenID under `appid`. """
    amount: InsuranceAmount | Unset = UNSET
    """ 金额信息 — an amount in fen (分) sent by the caller (request side). """
    out_trade_no: str | Unset = UNSET
    """ 商户订单号 — merchant order number of the optional first deduction; digits, ASCII
    letters and `_-|*`, unique per merchant.
     """
    description: str | Unset = UNSET
    """ 商品描述 — description of the optional first deduction; needed when the trade block
    is sent.
     """
    transaction_notify_url: str | Unset = UNSET
    """ 支付结果通知地址 — receives `TRANSACTION.SUCCESS`/`TRANSACTION.FAIL`. """
    out_user_code: str | Unset = UNSET
    """ 商户侧用户标识 — merchant-side user identifier. """
    goods_tag: str | Unset = UNSET
    """ 订单优惠标记 — order promotion tag. """
    attach: str | Unset = UNSET
    """ 附加数据 — merchant data returned unchanged in the payment notification. """
    can_auto_insure: bool | Unset = UNSET
    """ 是否自动续保 — whether the policy auto-renews (续保). """
    can_auto_reinsure: bool | Unset = UNSET
    """ 是否自动重新投保 — whether the policy is automatically re-insured (重新投保). """
    real_identity: InsuranceRealIdentity | Unset = UNSET
    """ 用户实名信息 — the user's real-name identity. `real_name` and `id_card_number` are
    sensitive: pass plaintext; the SDK encrypts them and sets `Wechatpay-Serial`.
     """
    combined_deduct_period_count: int | Unset = UNSET
    """ 合并扣费期数 — number of periods combined into one deduction. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        appid = self.appid

        plan_id = self.plan_id

        out_contract_code = self.out_contract_code

        insured_display_name = self.insured_display_name

        contract_notify_url = self.contract_notify_url

        policy_start_date = self.policy_start_date.isoformat()

        policy_end_date = self.policy_end_date.isoformat()

        policy_periods = []
        for policy_periods_item_data in self.policy_periods:
            policy_periods_item = policy_periods_item_data.to_dict()
            policy_periods.append(policy_periods_item)

        openid = self.openid

        amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amount, Unset):
            amount = self.amount.to_dict()

        out_trade_no = self.out_trade_no

        description = self.description

        transaction_notify_url = self.transaction_notify_url

        out_user_code = self.out_user_code

        goods_tag = self.goods_tag

        attach = self.attach

        can_auto_insure = self.can_auto_insure

        can_auto_reinsure = self.can_auto_reinsure

        real_identity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.real_identity, Unset):
            real_identity = self.real_identity.to_dict()

        combined_deduct_period_count = self.combined_deduct_period_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "appid": appid,
                "plan_id": plan_id,
                "out_contract_code": out_contract_code,
                "insured_display_name": insured_display_name,
                "contract_notify_url": contract_notify_url,
                "policy_start_date": policy_start_date,
                "policy_end_date": policy_end_date,
                "policy_periods": policy_periods,
            }
        )
        if openid is not UNSET:
            field_dict["openid"] = openid
        if amount is not UNSET:
            field_dict["amount"] = amount
        if out_trade_no is not UNSET:
            field_dict["out_trade_no"] = out_trade_no
        if description is not UNSET:
            field_dict["description"] = description
        if transaction_notify_url is not UNSET:
            field_dict["transaction_notify_url"] = transaction_notify_url
        if out_user_code is not UNSET:
            field_dict["out_user_code"] = out_user_code
        if goods_tag is not UNSET:
            field_dict["goods_tag"] = goods_tag
        if attach is not UNSET:
            field_dict["attach"] = attach
        if can_auto_insure is not UNSET:
            field_dict["can_auto_insure"] = can_auto_insure
        if can_auto_reinsure is not UNSET:
            field_dict["can_auto_reinsure"] = can_auto_reinsure
        if real_identity is not UNSET:
            field_dict["real_identity"] = real_identity
        if combined_deduct_period_count is not UNSET:
            field_dict["combined_deduct_period_count"] = combined_deduct_period_count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.insurance_amount import InsuranceAmount
        from ..models.insurance_policy_period_plan import InsurancePolicyPeriodPlan
        from ..models.insurance_real_identity import InsuranceRealIdentity

        d = dict(src_dict)
        appid = d.pop("appid")

        plan_id = d.pop("plan_id")

        out_contract_code = d.pop("out_contract_code")

        insured_display_name = d.pop("insured_display_name")

        contract_notify_url = d.pop("contract_notify_url")

        policy_start_date = datetime.date.fromisoformat(d.pop("policy_start_date"))

        policy_end_date = datetime.date.fromisoformat(d.pop("policy_end_date"))

        policy_periods = []
        _policy_periods = d.pop("policy_periods")
        for policy_periods_item_data in _policy_periods:
            policy_periods_item = InsurancePolicyPeriodPlan.from_dict(policy_periods_item_data)

            policy_periods.append(policy_periods_item)

        openid = d.pop("openid", UNSET)

        _amount = d.pop("amount", UNSET)
        amount: InsuranceAmount | Unset
        if isinstance(_amount, Unset):
            amount = UNSET
        else:
            amount = InsuranceAmount.from_dict(_amount)

        out_trade_no = d.pop("out_trade_no", UNSET)

        description = d.pop("description", UNSET)

        transaction_notify_url = d.pop("transaction_notify_url", UNSET)

        out_user_code = d.pop("out_user_code", UNSET)

        goods_tag = d.pop("goods_tag", UNSET)

        attach = d.pop("attach", UNSET)

        can_auto_insure = d.pop("can_auto_insure", UNSET)

        can_auto_reinsure = d.pop("can_auto_reinsure", UNSET)

        _real_identity = d.pop("real_identity", UNSET)
        real_identity: InsuranceRealIdentity | Unset
        if isinstance(_real_identity, Unset):
            real_identity = UNSET
        else:
            real_identity = InsuranceRealIdentity.from_dict(_real_identity)

        combined_deduct_period_count = d.pop("combined_deduct_period_count", UNSET)

        insurance_pre_sign_jsapi_request = cls(
            appid=appid,
            plan_id=plan_id,
            out_contract_code=out_contract_code,
            insured_display_name=insured_display_name,
            contract_notify_url=contract_notify_url,
            policy_start_date=policy_start_date,
            policy_end_date=policy_end_date,
            policy_periods=policy_periods,
            openid=openid,
            amount=amount,
            out_trade_no=out_trade_no,
            description=description,
            transaction_notify_url=transaction_notify_url,
            out_user_code=out_user_code,
            goods_tag=goods_tag,
            attach=attach,
            can_auto_insure=can_auto_insure,
            can_auto_reinsure=can_auto_reinsure,
            real_identity=real_identity,
            combined_deduct_period_count=combined_deduct_period_count,
        )

        insurance_pre_sign_jsapi_request.additional_properties = d
        return insurance_pre_sign_jsapi_request

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
