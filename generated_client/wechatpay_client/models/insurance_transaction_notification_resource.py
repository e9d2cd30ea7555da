# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.transaction_amount import TransactionAmount
    from ..models.transaction_contract_information import TransactionContractInformation
    from ..models.transaction_payer import TransactionPayer
    from ..models.transaction_promotion_detail import TransactionPromotionDetail
    from ..models.transaction_scene_info import TransactionSceneInfo


T = TypeVar("T", bound="InsuranceTransactionNotificationResource")


@_attrs_define
class InsuranceTransactionNotificationResource:
    """保险委托代扣扣款结果通知 — the decrypted resource of `TRANSACTION.SUCCESS` and
    `TRANSACTION.FAIL` for an insurance deduction (`trade_type` = `PAP`, original_type
    `transaction`). No insurance-specific table is published: this is the generic
    direct-merchant transaction shape plus the papay fields seen in merged tables, all
    optional except the four identifiers every source shows. Unknown keys are kept.

    """

    mchid: str
    """ 商户号 — merchant ID. """
    appid: str
    """ 应用ID — AppID. """
    out_trade_no: str
    """ 商户订单号 — merchant order number (from `apply_deduction` or the pre-sign). """
    trade_state: str
    """ 交易状态 — trade state. Open set; known values: `SUCCESS`, `ACCEPT` (已接收, 等待扣款),
    `PAY_FAIL`, `FAIL`, `REFUND`.
     """
    transaction_id: str | Unset = UNSET
    """ 微信支付订单号 — WeChat Pay order number. """
    trade_type: str | Unset = UNSET
    """ 交易类型 — trade type; `PAP` (委托代扣) for this family. Open set. """
    trade_state_desc: str | Unset = UNSET
    """ 交易状态描述 — trade state description. """
    bank_type: str | Unset = UNSET
    """ 银行类型 — paying bank type. """
    attach: str | Unset = UNSET
    """ 附加数据 — merchant data, returned unchanged. """
    success_time: datetime.datetime | Unset = UNSET
    """ 支付完成时间 — payment completion time (RFC 3339). """
    payer: TransactionPayer | Unset = UNSET
    """ 支付者 — the payer. `openid` is optional: the official Go SDK (`TransactionPayer`) and the
    code-payment response tables (OA, IM) do not require it.
     """
    amount: TransactionAmount | Unset = UNSET
    """ 订单金额 — order amount, integer fen (分). `total` is optional: the official Go SDK
    (`TransactionAmount`) does not require it.
     """
    scene_info: TransactionSceneInfo | Unset = UNSET
    """ 场景信息 — payment scene. """
    promotion_detail: list[TransactionPromotionDetail] | Unset = UNSET
    """ 优惠功能 — promotions applied. """
    plan_id: Any | Unset = UNSET
    """ 委托代扣模板ID — plan (template) ID. Uncertain attribution: the insurance APIs type
    it as a number, the merged papay table as a string, so no type is fixed.
     """
    contract_information: TransactionContractInformation | Unset = UNSET
    """ 签约信息 — contract information (papay field of uncertain attribution). """
    description: str | Unset = UNSET
    """ 商品描述 — description of the deduction (uncertain attribution). """
    create_time: str | Unset = UNSET
    """ 订单创建时间 — order creation time; expected RFC 3339 but kept a plain string because
    the field's attribution is uncertain.
     """
    trade_state_description: str | Unset = UNSET
    """ 交易状态描述 — trade state description, papay spelling (uncertain attribution). """
    user_repaid: str | Unset = UNSET
    """ 用户是否已还款 — `Y` / `N`; meaningful only when `bank_type` is `BPA` and
    `trade_state` is `SUCCESS` (uncertain attribution).
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mchid = self.mchid

        appid = self.appid

        out_trade_no = self.out_trade_no

        trade_state = self.trade_state

        transaction_id = self.transaction_id

        trade_type = self.trade_type

        trade_state_desc = self.trade_state_desc

        bank_type = self.bank_type

        attach = self.attach

        success_time: str | Unset = UNSET
        if not isinstance(self.success_time, Unset):
            success_time = self.success_time.isoformat()

        payer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payer, Unset):
            payer = self.payer.to_dict()

        amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amount, Unset):
            amount = self.amount.to_dict()

        scene_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.scene_info, Unset):
            scene_info = self.scene_info.to_dict()

        promotion_detail: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.promotion_detail, Unset):
            promotion_detail = []
            for promotion_detail_item_data in self.promotion_detail:
                promotion_detail_item = promotion_detail_item_data.to_dict()
                promotion_detail.append(promotion_detail_item)

        plan_id = self.plan_id

        contract_information: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contract_information, Unset):
            contract_information = self.contract_information.to_dict()

        description = self.description

        create_time = self.create_time

        trade_state_description = self.trade_state_description

        user_repaid = self.user_repaid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mchid": mchid,
                "appid": appid,
                "out_trade_no": out_trade_no,
                "trade_state": trade_state,
            }
        )
        if transaction_id is not UNSET:
            field_dict["transaction_id"] = transaction_id
        if trade_type is not UNSET:
            field_dict["trade_type"] = trade_type
        if trade_state_desc is not UNSET:
            field_dict["trade_state_desc"] = trade_state_desc
        if bank_type is not UNSET:
            field_dict["bank_type"] = bank_type
        if attach is not UNSET:
            field_dict["attach"] = attach
        if success_time is not UNSET:
            field_dict["success_time"] = success_time
        if payer is not UNSET:
            field_dict["payer"] = payer
        if amount is not UNSET:
            field_dict["amount"] = amount
        if scene_info is not UNSET:
            field_dict["scene_info"] = scene_info
        if promotion_detail is not UNSET:
            field_dict["promotion_detail"] = promotion_detail
        if plan_id is not UNSET:
            field_dict["plan_id"] = plan_id
        if contract_information is not UNSET:
            field_dict["contract_information"] = contract_information
        if description is not UNSET:
            field_dict["description"] = description
        if create_time is not UNSET:
            field_dict["create_time"] = create_time
        if trade_state_description is not UNSET:
            field_dict["trade_state_description"] = trade_state_description
        if user_repaid is not UNSET:
            field_dict["user_repaid"] = user_repaid

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.transaction_amount import TransactionAmount
        from ..models.transaction_contract_information import TransactionContractInformation
        from ..models.transaction_payer import TransactionPayer
        from ..models.transaction_promotion_detail import TransactionPromotionDetail
        from ..models.transaction_scene_info import TransactionSceneInfo

        d = dict(src_dict)
        mchid = d.pop("mchid")

        appid = d.pop("appid")

        out_trade_no = d.pop("out_trade_no")

        trade_state = d.pop("trade_state")

        transaction_id = d.pop("transaction_id", UNSET)

        trade_type = d.pop("trade_type", UNSET)

        trade_state_desc = d.pop("trade_state_desc", UNSET)

        bank_type = d.pop("bank_type", UNSET)

        attach = d.pop("attach", UNSET)

        _success_time = d.pop("success_time", UNSET)
        success_time: datetime.datetime | Unset
        if isinstance(_success_time, Unset):
            success_time = UNSET
        else:
            success_time = datetime.datetime.fromisoformat(_success_time)

        _payer = d.pop("payer", UNSET)
        payer: TransactionPayer | Unset
        if isinstance(_payer, Unset):
            payer = UNSET
        else:
            payer = TransactionPayer.from_dict(_payer)

        _amount = d.pop("amount", UNSET)
        amount: TransactionAmount | Unset
        if isinstance(_amount, Unset):
            amount = UNSET
        else:
            amount = TransactionAmount.from_dict(_amount)

        _scene_info = d.pop("scene_info", UNSET)
        scene_info: TransactionSceneInfo | Unset
        if isinstance(_scene_info, Unset):
            scene_info = UNSET
        else:
            scene_info = TransactionSceneInfo.from_dict(_scene_info)

        _promotion_detail = d.pop("promotion_detail", UNSET)
        promotion_detail: list[TransactionPromotionDetail] | Unset = UNSET
        if _promotion_detail is not UNSET:
            promotion_detail = []
            for promotion_detail_item_data in _promotion_detail:
                promotion_detail_item = TransactionPromotionDetail.from_dict(promotion_detail_item_data)

                promotion_detail.append(promotion_detail_item)

        plan_id = d.pop("plan_id", UNSET)

        _contract_information = d.pop("contract_information", UNSET)
        contract_information: TransactionContractInformation | Unset
        if isinstance(_contract_information, Unset):
            contract_information = UNSET
        else:
            contract_information = TransactionContractInformation.from_dict(_contract_information)

        description = d.pop("description", UNSET)

        create_time = d.pop("create_time", UNSET)

        trade_state_description = d.pop("trade_state_description", UNSET)

        user_repaid = d.pop("user_repaid", UNSET)

        insurance_transaction_notification_resource = cls(
            mchid=mchid,
            appid=appid,
            out_trade_no=out_trade_no,
            trade_state=trade_state,
            transaction_id=transaction_id,
            trade_type=trade_type,
            trade_state_desc=trade_state_desc,
            bank_type=bank_type,
            attach=attach,
            success_time=success_time,
            payer=payer,
            amount=amount,
            scene_info=scene_info,
            promotion_detail=promotion_detail,
            plan_id=plan_id,
            contract_information=contract_information,
            description=description,
            create_time=create_time,
            trade_state_description=trade_state_description,
            user_repaid=user_repaid,
        )

        insurance_transaction_notification_resource.additional_properties = d
        return insurance_transaction_notification_resource

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
