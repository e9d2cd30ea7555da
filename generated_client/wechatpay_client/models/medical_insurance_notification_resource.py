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


T = TypeVar("T", bound="MedicalInsuranceNotificationResource")


@_attrs_define
class MedicalInsuranceNotificationResource:
    """医保混合收款成功通知 — decrypted `resource` of the `MEDICAL_INSURANCE.SUCCESS`
    notification (sent to `callback_url` when a mixed payment succeeds; `original_type` is not
    documented). Same fields as `MedicalInsuranceOrder` minus the amounts the notification
    table omits. Required only `mix_trade_no`, `mix_pay_status` and `out_trade_no`; IM (the
    only source) marks a few more, which are kept optional so a notification always parses.
    Not referenced by any operation.

    """

    mix_trade_no: str
    """ 医保自费混合订单号 — the mixed order number. """
    mix_pay_status: str
    """ 混合订单支付状态 — e.g. `MIX_PAY_SUCCESS`. Open set. """
    out_trade_no: str
    """ 商户订单号 — the merchant's order number. """
    self_pay_status: str | Unset = UNSET
    """ 自费部分支付状态 — e.g. `SELF_PAY_SUCCESS`, `NO_SELF_PAY`. Open set. """
    med_ins_pay_status: str | Unset = UNSET
    """ 医保部分支付状态 — e.g. `MED_INS_PAY_SUCCESS`, `NO_MED_INS_PAY`. Open set. """
    paid_time: str | Unset = UNSET
    """ 订单支付时间 — payment time (kept a plain string). """
    passthrough_response_content: str | Unset = UNSET
    """ 医保局返回内容 — JSON object as a string, passed through to the institution. """
    mix_pay_type: str | Unset = UNSET
    """ 混合支付类型 — `CASH_ONLY`, `INSURANCE_ONLY`, `CASH_AND_INSURANCE`. Open set. """
    order_type: str | Unset = UNSET
    """ 订单类型 — e.g. `REG_PAY`. Open set. """
    appid: str | Unset = UNSET
    """ 公众号ID — AppID of the merchant. """
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
    serial_no: str | Unset = UNSET
    """ 医疗机构订单号 — the institution's order number. """
    pay_order_id: str | Unset = UNSET
    """ 医保局支付单ID — the bureau's payment order ID. """
    pay_auth_no: str | Unset = UNSET
    """ 医保局支付授权码 — the bureau's payment authorisation code. """
    geo_location: str | Unset = UNSET
    """ 用户定位信息 — `longitude,latitude`. """
    city_id: str | Unset = UNSET
    """ 城市ID — city code. """
    med_inst_name: str | Unset = UNSET
    """ 医疗机构名称 — institution name. """
    med_inst_no: str | Unset = UNSET
    """ 医疗机构编码 — institution code. """
    med_ins_order_create_time: str | Unset = UNSET
    """ 医保下单时间 — insurance order time (kept a plain string). """
    cash_add_detail: list[MedicalInsuranceResponseCashAdd] | Unset = UNSET
    """ 现金补充列表 — cash additions. """
    cash_reduce_detail: list[MedicalInsuranceResponseCashReduce] | Unset = UNSET
    """ 现金减免列表 — cash reductions. """
    callback_url: str | Unset = UNSET
    """ 回调通知URL — the notification URL. """
    prepay_id: str | Unset = UNSET
    """ 自费预下单ID — `prepay_id` of the self-paid part. """
    passthrough_request_content: str | Unset = UNSET
    """ 医疗机构透传给医保的数据 — as sent. """
    extends: str | Unset = UNSET
    """ 扩展字段 — as sent. """
    attach: str | Unset = UNSET
    """ 附加数据 — as sent. """
    channel_no: str | Unset = UNSET
    """ 渠道号 — channel number. """
    med_ins_test_env: bool | Unset = UNSET
    """ 是否到医保局测试环境下单 — placed in the bureau's test environment. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mix_trade_no = self.mix_trade_no

        mix_pay_status = self.mix_pay_status

        out_trade_no = self.out_trade_no

        self_pay_status = self.self_pay_status

        med_ins_pay_status = self.med_ins_pay_status

        paid_time = self.paid_time

        passthrough_response_content = self.passthrough_response_content

        mix_pay_type = self.mix_pay_type

        order_type = self.order_type

        appid = self.appid

        sub_appid = self.sub_appid

        sub_mchid = self.sub_mchid

        openid = self.openid

        sub_openid = self.sub_openid

        pay_for_relatives = self.pay_for_relatives

        serial_no = self.serial_no

        pay_order_id = self.pay_order_id

        pay_auth_no = self.pay_auth_no

        geo_location = self.geo_location

        city_id = self.city_id

        med_inst_name = self.med_inst_name

        med_inst_no = self.med_inst_no

        med_ins_order_create_time = self.med_ins_order_create_time

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

        callback_url = self.callback_url

        prepay_id = self.prepay_id

        passthrough_request_content = self.passthrough_request_content

        extends = self.extends

        attach = self.attach

        channel_no = self.channel_no

        med_ins_test_env = self.med_ins_test_env

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mix_trade_no": mix_trade_no,
                "mix_pay_status": mix_pay_status,
                "out_trade_no": out_trade_no,
            }
        )
        if self_pay_status is not UNSET:
            field_dict["self_pay_status"] = self_pay_status
        if med_ins_pay_status is not UNSET:
            field_dict["med_ins_pay_status"] = med_ins_pay_status
        if paid_time is not UNSET:
            field_dict["paid_time"] = paid_time
        if passthrough_response_content is not UNSET:
            field_dict["passthrough_response_content"] = passthrough_response_content
        if mix_pay_type is not UNSET:
            field_dict["mix_pay_type"] = mix_pay_type
        if order_type is not UNSET:
            field_dict["order_type"] = order_type
        if appid is not UNSET:
            field_dict["appid"] = appid
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
        if serial_no is not UNSET:
            field_dict["serial_no"] = serial_no
        if pay_order_id is not UNSET:
            field_dict["pay_order_id"] = pay_order_id
        if pay_auth_no is not UNSET:
            field_dict["pay_auth_no"] = pay_auth_no
        if geo_location is not UNSET:
            field_dict["geo_location"] = geo_location
        if city_id is not UNSET:
            field_dict["city_id"] = city_id
        if med_inst_name is not UNSET:
            field_dict["med_inst_name"] = med_inst_name
        if med_inst_no is not UNSET:
            field_dict["med_inst_no"] = med_inst_no
        if med_ins_order_create_time is not UNSET:
            field_dict["med_ins_order_create_time"] = med_ins_order_create_time
        if cash_add_detail is not UNSET:
            field_dict["cash_add_detail"] = cash_add_detail
        if cash_reduce_detail is not UNSET:
            field_dict["cash_reduce_detail"] = cash_reduce_detail
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url
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

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.medical_insurance_response_cash_add import MedicalInsuranceResponseCashAdd
        from ..models.medical_insurance_response_cash_reduce import MedicalInsuranceResponseCashReduce

        d = dict(src_dict)
        mix_trade_no = d.pop("mix_trade_no")

        mix_pay_status = d.pop("mix_pay_status")

        out_trade_no = d.pop("out_trade_no")

        self_pay_status = d.pop("self_pay_status", UNSET)

        med_ins_pay_status = d.pop("med_ins_pay_status", UNSET)

        paid_time = d.pop("paid_time", UNSET)

        passthrough_response_content = d.pop("passthrough_response_content", UNSET)

        mix_pay_type = d.pop("mix_pay_type", UNSET)

        order_type = d.pop("order_type", UNSET)

        appid = d.pop("appid", UNSET)

        sub_appid = d.pop("sub_appid", UNSET)

        sub_mchid = d.pop("sub_mchid", UNSET)

        openid = d.pop("openid", UNSET)

        sub_openid = d.pop("sub_openid", UNSET)

        pay_for_relatives = d.pop("pay_for_relatives", UNSET)

        serial_no = d.pop("serial_no", UNSET)

        pay_order_id = d.pop("pay_order_id", UNSET)

        pay_auth_no = d.pop("pay_auth_no", UNSET)

        geo_location = d.pop("geo_location", UNSET)

        city_id = d.pop("city_id", UNSET)

        med_inst_name = d.pop("med_inst_name", UNSET)

        med_inst_no = d.pop("med_inst_no", UNSET)

        med_ins_order_create_time = d.pop("med_ins_order_create_time", UNSET)

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

        callback_url = d.pop("callback_url", UNSET)

        prepay_id = d.pop("prepay_id", UNSET)

        passthrough_request_content = d.pop("passthrough_request_content", UNSET)

        extends = d.pop("extends", UNSET)

        attach = d.pop("attach", UNSET)

        channel_no = d.pop("channel_no", UNSET)

        med_ins_test_env = d.pop("med_ins_test_env", UNSET)

        medical_insurance_notification_resource = cls(
            mix_trade_no=mix_trade_no,
            mix_pay_status=mix_pay_status,
            out_trade_no=out_trade_no,
            self_pay_status=self_pay_status,
            med_ins_pay_status=med_ins_pay_status,
            paid_time=paid_time,
            passthrough_response_content=passthrough_response_content,
            mix_pay_type=mix_pay_type,
            order_type=order_type,
            appid=appid,
            sub_appid=sub_appid,
            sub_mchid=sub_mchid,
            openid=openid,
            sub_openid=sub_openid,
            pay_for_relatives=pay_for_relatives,
            serial_no=serial_no,
            pay_order_id=pay_order_id,
            pay_auth_no=pay_auth_no,
            geo_location=geo_location,
            city_id=city_id,
            med_inst_name=med_inst_name,
            med_inst_no=med_inst_no,
            med_ins_order_create_time=med_ins_order_create_time,
            cash_add_detail=cash_add_detail,
            cash_reduce_detail=cash_reduce_detail,
            callback_url=callback_url,
            prepay_id=prepay_id,
            passthrough_request_content=passthrough_request_content,
            extends=extends,
            attach=attach,
            channel_no=channel_no,
            med_ins_test_env=med_ins_test_env,
        )

        medical_insurance_notification_resource.additional_properties = d
        return medical_insurance_notification_resource

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
