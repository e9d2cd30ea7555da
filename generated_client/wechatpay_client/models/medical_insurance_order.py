# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.medical_insurance_response_cash_add import MedicalInsuranceResponseCashAdd
    from ..models.medical_insurance_response_cash_reduce import MedicalInsuranceResponseCashReduce


T = TypeVar("T", bound="MedicalInsuranceOrder")


@_attrs_define
class MedicalInsuranceOrder:
    """医保自费混合订单 — a mixed order as returned by the create and query operations. Required:
    the fields OA and IM both mark required. The identity blocks (`payer`, `relative`) are
    not returned.

    """

    mix_trade_no: str
    """ 医保自费混合订单号 — the mixed order number assigned by WeChat Pay. """
    mix_pay_status: str
    """ 混合订单支付状态 — `MIX_PAY_CREATED` (待支付), `MIX_PAY_SUCCESS`, `MIX_PAY_REFUND`,
    `MIX_PAY_FAIL`, `UNKNOWN_MIX_PAY_STATUS`. Open set.
     """
    self_pay_status: str
    """ 自费部分支付状态 — `SELF_PAY_CREATED`, `SELF_PAY_SUCCESS`, `SELF_PAY_REFUND`,
    `SELF_PAY_FAIL`, `NO_SELF_PAY` (no self-paid part), `UNKNOWN_SELF_PAY_STATUS`. Open set.
     """
    med_ins_pay_status: str
    """ 医保部分支付状态 — `MED_INS_PAY_CREATED`, `MED_INS_PAY_SUCCESS`, `MED_INS_PAY_REFUND`,
    `MED_INS_PAY_FAIL`, `NO_MED_INS_PAY` (no insurance part), `UNKNOWN_MED_INS_PAY_STATUS`.
    Open set.
     """
    mix_pay_type: str
    """ 混合支付类型 — `CASH_ONLY`, `INSURANCE_ONLY`, `CASH_AND_INSURANCE`. Open set. """
    order_type: str
    """ 订单类型 — e.g. `REG_PAY`, `DIAG_PAY`, `PHARMACY_PAY`, `MED_PAY`. Open set. """
    appid: str
    """ 公众号ID — AppID of the merchant. """
    out_trade_no: str
    """ 商户订单号 — the merchant's order number. """
    serial_no: str
    """ 医疗机构订单号 — the institution's order number. """
    city_id: str
    """ 城市ID — city code. """
    med_inst_name: str
    """ 医疗机构名称 — institution name. """
    med_inst_no: str
    """ 医疗机构编码 — institution code. """
    total_fee: int
    """ 总金额 — total, in fen. """
    callback_url: str
    """ 回调通知URL — the notification URL. """
    paid_time: str | Unset = UNSET
    """ 订单支付时间 — payment time (RFC 3339 in the examples; kept a plain string). """
    passthrough_response_content: str | Unset = UNSET
    """ 医保局返回内容 — the insurance bureau's answer after payment, a JSON object as a string. """
    sub_appid: str | Unset = UNSET
    """ 医疗机构的公众号ID — institution mode only. """
    sub_mchid: str | Unset = UNSET
    """ 医疗机构的商户号 — institution mode only. """
    openid: str | Unset = UNSET
    """ 用户标识 — the user's OpenID under `appid`. """
    sub_openid: str | Unset = UNSET
    """ 用户子标识 — OpenID under `sub_appid`. """
    pay_for_relatives: bool | Unset = UNSET
    """ 是否代亲属支付 — paid for a relative. """
    pay_order_id: str | Unset = UNSET
    """ 医保局支付单ID — the bureau's payment order ID. """
    pay_auth_no: str | Unset = UNSET
    """ 医保局支付授权码 — the bureau's payment authorisation code. """
    geo_location: str | Unset = UNSET
    """ 用户定位信息 — `longitude,latitude`. """
    med_ins_order_create_time: str | Unset = UNSET
    """ 医保下单时间 — insurance order time (RFC 3339 in OA; kept a plain string). """
    med_ins_gov_fee: int | Unset = UNSET
    """ 医保统筹支付金额 — pooled-fund amount, in fen. """
    med_ins_self_fee: int | Unset = UNSET
    """ 医保个账支付金额 — personal-account amount, in fen. """
    med_ins_other_fee: int | Unset = UNSET
    """ 医保其他支付金额 — other insurance amount, in fen. """
    med_ins_cash_fee: int | Unset = UNSET
    """ 医保结算后自费金额 — self-paid amount after settlement, in fen. """
    wechat_pay_cash_fee: int | Unset = UNSET
    """ 微信支付金额 — amount paid with WeChat Pay, in fen. """
    cash_add_detail: list[MedicalInsuranceResponseCashAdd] | Unset = UNSET
    """ 现金补充列表 — cash additions. """
    cash_reduce_detail: list[MedicalInsuranceResponseCashReduce] | Unset = UNSET
    """ 现金减免列表 — cash reductions. """
    prepay_id: str | Unset = UNSET
    """ 自费预下单ID — `prepay_id` of the self-paid part. """
    passthrough_request_content: str | Unset = UNSET
    """ 医疗机构透传给医保的数据 — as sent (JSON object as a string). """
    extends: str | Unset = UNSET
    """ 扩展字段 — as sent. """
    attach: str | Unset = UNSET
    """ 附加数据 — as sent. """
    channel_no: str | Unset = UNSET
    """ 渠道号 — channel number. """
    med_ins_test_env: bool | Unset = UNSET
    """ 是否到医保局测试环境下单 — placed in the bureau's test environment. """
    med_ins_fail_reason: str | Unset = UNSET
    """ 医保支付失败原因 — why the insurance payment failed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mix_trade_no = self.mix_trade_no

        mix_pay_status = self.mix_pay_status

        self_pay_status = self.self_pay_status

        med_ins_pay_status = self.med_ins_pay_status

        mix_pay_type = self.mix_pay_type

        order_type = self.order_type

        appid = self.appid

        out_trade_no = self.out_trade_no

        serial_no = self.serial_no

        city_id = self.city_id

        med_inst_name = self.med_inst_name

        med_inst_no = self.med_inst_no

        total_fee = self.total_fee

        callback_url = self.callback_url

        paid_time = self.paid_time

        passthrough_response_content = self.passthrough_response_content

        sub_appid = self.sub_appid

        sub_mchid = self.sub_mchid

        openid = self.openid

        sub_openid = self.sub_openid

        pay_for_relatives = self.pay_for_relatives

        pay_order_id = self.pay_order_id

        pay_auth_no = self.pay_auth_no

        geo_location = self.geo_location

        med_ins_order_create_time = self.med_ins_order_create_time

        med_ins_gov_fee = self.med_ins_gov_fee

        med_ins_self_fee = self.med_ins_self_fee

        med_ins_other_fee = self.med_ins_other_fee

        med_ins_cash_fee = self.med_ins_cash_fee

        wechat_pay_cash_fee = self.wechat_pay_cash_fee

        cash_add_detail: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.cash_add_detail, Unset):
            cash_add_detail = []
            for cash_add_detail_item_data in self.cash_add_detail:
                cash_add_detail_item = cash_add_detail_item_data.to_dict()
                cash_add_detail.append(cash_add_detail_item)

        cash_reduce_detail: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.cash_reduce_detail, Unset):
            cash_reduce_detail = []
            for cash_reduce_detail_item_data in self.cash_reduce_detail:
                cash_reduce_detail_item = cash_reduce_detail_item_data.to_dict()
                cash_reduce_detail.append(cash_reduce_detail_item)

        prepay_id = self.prepay_id

        passthrough_request_content = self.passthrough_request_content

        extends = self.extends

        attach = self.attach

        channel_no = self.channel_no

        med_ins_test_env = self.med_ins_test_env

        med_ins_fail_reason = self.med_ins_fail_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mix_trade_no": mix_trade_no,
                "mix_pay_status": mix_pay_status,
                "self_pay_status": self_pay_status,
                "med_ins_pay_status": med_ins_pay_status,
                "mix_pay_type": mix_pay_type,
                "order_type": order_type,
                "appid": appid,
                "out_trade_no": out_trade_no,
                "serial_no": serial_no,
                "city_id": city_id,
                "med_inst_name": med_inst_name,
                "med_inst_no": med_inst_no,
                "total_fee": total_fee,
                "callback_url": callback_url,
            }
        )
        if paid_time is not UNSET:
            field_dict["paid_time"] = paid_time
        if passthrough_response_content is not UNSET:
            field_dict["passthrough_response_content"] = passthrough_response_content
        if sub_appid is not UNSET:
            field_dict["sub_appid"] = sub_appid
        if sub_mchid is not UNSET:
            field_dict["sub_mchid"] = sub_mchid
        if openid is not UNSET:
            field_dict["openid"] = openid
        if sub_openid is not UNSET:
            field_dict["sub_openid"] = sub_openid
        if pay_for_relatives is not UNSET:
            field_dict["pay_for_relatives"] = pay_for_relatives
        if pay_order_id is not UNSET:
            field_dict["pay_order_id"] = pay_order_id
        if pay_auth_no is not UNSET:
            field_dict["pay_auth_no"] = pay_auth_no
        if geo_location is not UNSET:
            field_dict["geo_location"] = geo_location
        if med_ins_order_create_time is not UNSET:
            field_dict["med_ins_order_create_time"] = med_ins_order_create_time
        if med_ins_gov_fee is not UNSET:
            field_dict["med_ins_gov_fee"] = med_ins_gov_fee
        if med_ins_self_fee is not UNSET:
            field_dict["med_ins_self_fee"] = med_ins_self_fee
        if med_ins_other_fee is not UNSET:
            field_dict["med_ins_other_fee"] = med_ins_other_fee
        if med_ins_cash_fee is not UNSET:
            field_dict["med_ins_cash_fee"] = med_ins_cash_fee
        if wechat_pay_cash_fee is not UNSET:
            field_dict["wechat_pay_cash_fee"] = wechat_pay_cash_fee
        if cash_add_detail is not UNSET:
            field_dict["cash_add_detail"] = cash_add_detail
        if cash_reduce_detail is not UNSET:
            field_dict["cash_reduce_detail"] = cash_reduce_detail
        if prepay_id is not UNSET:
            field_dict["prepay_id"] = prepay_id
        if passthrough_request_content is not UNSET:
            field_dict["passthrough_request_content"] = passthrough_request_content
        if extends is not UNSET:
            field_dict["extends"] = extends
        if attach is not UNSET:
            field_dict["attach"] = attach
        if channel_no is not UNSET:
            field_dict["channel_no"] = channel_no
        if med_ins_test_env is not UNSET:
            field_dict["med_ins_test_env"] = med_ins_test_env
        if med_ins_fail_reason is not UNSET:
            field_dict["med_ins_fail_reason"] = med_ins_fail_reason

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.medical_insurance_response_cash_add import MedicalInsuranceResponseCashAdd
        from ..models.medical_insurance_response_cash_reduce import MedicalInsuranceResponseCashReduce

        d = dict(src_dict)
        mix_trade_no = d.pop("mix_trade_no")

        mix_pay_status = d.pop("mix_pay_status")

        self_pay_status = d.pop("self_pay_status")

        med_ins_pay_status = d.pop("med_ins_pay_status")

        mix_pay_type = d.pop("mix_pay_type")

        order_type = d.pop("order_type")

        appid = d.pop("appid")

        out_trade_no = d.pop("out_trade_no")

        serial_no = d.pop("serial_no")

        city_id = d.pop("city_id")

        med_inst_name = d.pop("med_inst_name")

        med_inst_no = d.pop("med_inst_no")

        total_fee = d.pop("total_fee")

        callback_url = d.pop("callback_url")

        paid_time = d.pop("paid_time", UNSET)

        passthrough_response_content = d.pop("passthrough_response_content", UNSET)

        sub_appid = d.pop("sub_appid", UNSET)

        sub_mchid = d.pop("sub_mchid", UNSET)

        openid = d.pop("openid", UNSET)

        sub_openid = d.pop("sub_openid", UNSET)

        pay_for_relatives = d.pop("pay_for_relatives", UNSET)

        pay_order_id = d.pop("pay_order_id", UNSET)

        pay_auth_no = d.pop("pay_auth_no", UNSET)

        geo_location = d.pop("geo_location", UNSET)

        med_ins_order_create_time = d.pop("med_ins_order_create_time", UNSET)

        med_ins_gov_fee = d.pop("med_ins_gov_fee", UNSET)

        med_ins_self_fee = d.pop("med_ins_self_fee", UNSET)

        med_ins_other_fee = d.pop("med_ins_other_fee", UNSET)

        med_ins_cash_fee = d.pop("med_ins_cash_fee", UNSET)

        wechat_pay_cash_fee = d.pop("wechat_pay_cash_fee", UNSET)

        _cash_add_detail = d.pop("cash_add_detail", UNSET)
        cash_add_detail: list[MedicalInsuranceResponseCashAdd] | Unset = UNSET
        if _cash_add_detail is not UNSET:
            cash_add_detail = []
            for cash_add_detail_item_data in _cash_add_detail:
                cash_add_detail_item = MedicalInsuranceResponseCashAdd.from_dict(cash_add_detail_item_data)

                cash_add_detail.append(cash_add_detail_item)

        _cash_reduce_detail = d.pop("cash_reduce_detail", UNSET)
        cash_reduce_detail: list[MedicalInsuranceResponseCashReduce] | Unset = UNSET
        if _cash_reduce_detail is not UNSET:
            cash_reduce_detail = []
            for cash_reduce_detail_item_data in _cash_reduce_detail:
                cash_reduce_detail_item = MedicalInsuranceResponseCashReduce.from_dict(cash_reduce_detail_item_data)

                cash_reduce_detail.append(cash_reduce_detail_item)

        prepay_id = d.pop("prepay_id", UNSET)

        passthrough_request_content = d.pop("passthrough_request_content", UNSET)

        extends = d.pop("extends", UNSET)

        attach = d.pop("attach", UNSET)

        channel_no = d.pop("channel_no", UNSET)

        med_ins_test_env = d.pop("med_ins_test_env", UNSET)

        med_ins_fail_reason = d.pop("med_ins_fail_reason", UNSET)

        medical_insurance_order = cls(
            mix_trade_no=mix_trade_no,
            mix_pay_status=mix_pay_status,
            self_pay_status=self_pay_status,
            med_ins_pay_status=med_ins_pay_status,
            mix_pay_type=mix_pay_type,
            order_type=order_type,
            appid=appid,
            out_trade_no=out_trade_no,
            serial_no=serial_no,
            city_id=city_id,
            med_inst_name=med_inst_name,
            med_inst_no=med_inst_no,
            total_fee=total_fee,
            callback_url=callback_url,
            paid_time=paid_time,
            passthrough_response_content=passthrough_response_content,
            sub_appid=sub_appid,
            sub_mchid=sub_mchid,
            openid=openid,
            sub_openid=sub_openid,
            pay_for_relatives=pay_for_relatives,
            pay_order_id=pay_order_id,
            pay_auth_no=pay_auth_no,
            geo_location=geo_location,
            med_ins_order_create_time=med_ins_order_create_time,
            med_ins_gov_fee=med_ins_gov_fee,
            med_ins_self_fee=med_ins_self_fee,
            med_ins_other_fee=med_ins_other_fee,
            med_ins_cash_fee=med_ins_cash_fee,
            wechat_pay_cash_fee=wechat_pay_cash_fee,
            cash_add_detail=cash_add_detail,
            cash_reduce_detail=cash_reduce_detail,
            prepay_id=prepay_id,
            passthrough_request_content=passthrough_request_content,
            extends=extends,
            attach=attach,
            channel_no=channel_no,
            med_ins_test_env=med_ins_test_env,
            med_ins_fail_reason=med_ins_fail_reason,
        )

        medical_insurance_order.additional_properties = d
        return medical_insurance_order

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
