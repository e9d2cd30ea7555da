# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.medical_insurance_order_create_request_mix_pay_type import (
    MedicalInsuranceOrderCreateRequestMixPayType,
    check_medical_insurance_order_create_request_mix_pay_type,
)
from ..models.medical_insurance_order_create_request_order_type import (
    MedicalInsuranceOrderCreateRequestOrderType,
    check_medical_insurance_order_create_request_order_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.medical_insurance_cash_add import MedicalInsuranceCashAdd
    from ..models.medical_insurance_cash_reduce import MedicalInsuranceCashReduce
    from ..models.medical_insurance_person import MedicalInsurancePerson


T = TypeVar("T", bound="MedicalInsuranceOrderCreateRequest")


@_attrs_define
class MedicalInsuranceOrderCreateRequest:
    """医保自费混合收款下单请求 — mixed-order request. `sub_appid`, `sub_mchid`, `sub_openid`
    apply to institution (bank) mode only. Which amount and insurance fields are needed
    depends on `mix_pay_type` (insurance-only orders carry no WeChat Pay fields, cash-only
    orders carry no insurance fields).

    """

    mix_pay_type: MedicalInsuranceOrderCreateRequestMixPayType
    """ 混合支付类型 — `CASH_ONLY` (只自费), `INSURANCE_ONLY` (只医保), `CASH_AND_INSURANCE`
    (医保+自费). (`UNKNOWN_MIX_PAY_TYPE` is documented as rejected, so it is left out.)
     """
    order_type: MedicalInsuranceOrderCreateRequestOrderType
    """ 订单类型 — `REG_PAY` (挂号), `DIAG_PAY` (诊间), `COVID_EXAM_PAY` (核酸检测),
    `IN_HOSP_PAY` (住院), `PHARMACY_PAY` (药店), `INSURANCE_PAY` (保险费), `INT_REG_PAY`
    (互联网医院挂号), `INT_RE_DIAG_PAY` (互联网医院复诊), `INT_RX_PAY` (互联网医院处方),
    `COVID_ANTIGEN_PAY` (抗原检测), `MED_PAY` (药费). (`UNKNOWN_ORDER_TYPE` is documented as
    rejected, so it is left out.)
     """
    appid: str
    """ 公众号ID — AppID of the merchant (从业机构) placing the order. """
    payer: MedicalInsurancePerson
    """ 身份信息 — identity of the payer or the relative. `name` and `id_digest` are sensitive:
    pass plaintext; the SDK encrypts them (RSA-OAEP) and sets `Wechatpay-Serial`.
     """
    out_trade_no: str
    """ 商户订单号 — the merchant's order number of the mixed order. """
    serial_no: str
    """ 医疗机构订单号 — the medical institution's order number. """
    city_id: str
    """ 城市ID — city code (e.g. `530100`). """
    med_inst_name: str
    """ 医疗机构名称 — name of the medical institution. """
    med_inst_no: str
    """ 医疗机构编码 — code of the medical institution. """
    total_fee: int
    """ 总金额 — total amount of the mixed order, in fen. """
    callback_url: str
    """ 回调通知URL — URL that receives `MEDICAL_INSURANCE.SUCCESS`. """
    sub_appid: str | Unset = UNSET
    """ 医疗机构的公众号ID — institution mode only. """
    sub_mchid: str | Unset = UNSET
    """ 医疗机构的商户号 — institution mode only. """
    openid: str | Unset = UNSET
    """ 用户标识 — the user's OpenID under `appid`. """
    sub_openid: str | Unset = UNSET
    """ 用户子标识 — the user's OpenID under `sub_appid` (institution mode). """
    pay_for_relatives: bool | Unset = UNSET
    """ 是否代亲属支付 — true when the user pays for a relative (then send `relative`). """
    relative: MedicalInsurancePerson | Unset = UNSET
    """ 身份信息 — identity of the payer or the relative. `name` and `id_digest` are sensitive:
    pass plaintext; the SDK encrypts them (RSA-OAEP) and sets `Wechatpay-Serial`.
     """
    pay_order_id: str | Unset = UNSET
    """ 医保局返回的支付单ID — payment order ID returned by the insurance bureau. """
    pay_auth_no: str | Unset = UNSET
    """ 医保局返回的支付授权码 — payment authorisation code from the insurance bureau. """
    geo_location: str | Unset = UNSET
    """ 用户定位信息 — the user's location as `longitude,latitude`. """
    med_ins_order_create_time: datetime.datetime | Unset = UNSET
    """ 医保下单时间 — when the insurance order was created (RFC 3339). """
    med_ins_gov_fee: int | Unset = UNSET
    """ 医保统筹支付金额 — amount paid by the pooled insurance fund, in fen. """
    med_ins_self_fee: int | Unset = UNSET
    """ 医保个账支付金额 — amount paid from the personal insurance account, in fen. """
    med_ins_other_fee: int | Unset = UNSET
    """ 医保其他支付金额 — other insurance payments, in fen. """
    med_ins_cash_fee: int | Unset = UNSET
    """ 医保结算后自费金额 — self-paid amount after insurance settlement, in fen. """
    wechat_pay_cash_fee: int | Unset = UNSET
    """ 微信支付金额 — amount the user actually pays with WeChat Pay, in fen. """
    cash_add_detail: list[MedicalInsuranceCashAdd] | Unset = UNSET
    """ 现金补充列表 — cash additions (e.g. freight). """
    cash_reduce_detail: list[MedicalInsuranceCashReduce] | Unset = UNSET
    """ 现金减免列表 — cash reductions. """
    prepay_id: str | Unset = UNSET
    """ 自费预下单ID — `prepay_id` of the self-paid WeChat Pay order (valid 2 hours). """
    passthrough_request_content: str | Unset = UNSET
    """ 医疗机构透传给医保的数据 — a JSON object serialised as a string (e.g. keys `payAuthNo`,
    `payOrdId`, `setlLatlnt`), passed on to the insurance bureau unchanged.
     """
    extends: str | Unset = UNSET
    """ 扩展字段 — extension field agreed with WeChat medical insurance (JSON string). """
    attach: str | Unset = UNSET
    """ 附加数据 — merchant data returned in the query and the notification. """
    channel_no: str | Unset = UNSET
    """ 渠道号 — channel number. """
    med_ins_test_env: bool | Unset = UNSET
    """ 是否到医保局测试环境下单 — true to place the insurance part in the bureau's test environment. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mix_pay_type: str = self.mix_pay_type

        order_type: str = self.order_type

        appid = self.appid

        payer = self.payer.to_dict()

        out_trade_no = self.out_trade_no

        serial_no = self.serial_no

        city_id = self.city_id

        med_inst_name = self.med_inst_name

        med_inst_no = self.med_inst_no

        total_fee = self.total_fee

        callback_url = self.callback_url

        sub_appid = self.sub_appid

        sub_mchid = self.sub_mchid

        openid = self.openid

        sub_openid = self.sub_openid

        pay_for_relatives = self.pay_for_relatives

        relative: dict[str, Any] | Unset = UNSET
        if not isinstance(self.relative, Unset):
            relative = self.relative.to_dict()

        pay_order_id = self.pay_order_id

        pay_auth_no = self.pay_auth_no

        geo_location = self.geo_location

        med_ins_order_create_time: str | Unset = UNSET
        if not isinstance(self.med_ins_order_create_time, Unset):
            med_ins_order_create_time = self.med_ins_order_create_time.isoformat()

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mix_pay_type": mix_pay_type,
                "order_type": order_type,
                "appid": appid,
                "payer": payer,
                "out_trade_no": out_trade_no,
                "serial_no": serial_no,
                "city_id": city_id,
                "med_inst_name": med_inst_name,
                "med_inst_no": med_inst_no,
                "total_fee": total_fee,
                "callback_url": callback_url,
            }
        )
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
        if relative is not UNSET:
            field_dict["relative"] = relative
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

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.medical_insurance_cash_add import MedicalInsuranceCashAdd
        from ..models.medical_insurance_cash_reduce import MedicalInsuranceCashReduce
        from ..models.medical_insurance_person import MedicalInsurancePerson

        d = dict(src_dict)
        mix_pay_type = check_medical_insurance_order_create_request_mix_pay_type(d.pop("mix_pay_type"))

        order_type = check_medical_insurance_order_create_request_order_type(d.pop("order_type"))

        appid = d.pop("appid")

        payer = MedicalInsurancePerson.from_dict(d.pop("payer"))

        out_trade_no = d.pop("out_trade_no")

        serial_no = d.pop("serial_no")

        city_id = d.pop("city_id")

        med_inst_name = d.pop("med_inst_name")

        med_inst_no = d.pop("med_inst_no")

        total_fee = d.pop("total_fee")

        callback_url = d.pop("callback_url")

        sub_appid = d.pop("sub_appid", UNSET)

        sub_mchid = d.pop("sub_mchid", UNSET)

        openid = d.pop("openid", UNSET)

        sub_openid = d.pop("sub_openid", UNSET)

        pay_for_relatives = d.pop("pay_for_relatives", UNSET)

        _relative = d.pop("relative", UNSET)
        relative: MedicalInsurancePerson | Unset
        if isinstance(_relative, Unset):
            relative = UNSET
        else:
            relative = MedicalInsurancePerson.from_dict(_relative)

        pay_order_id = d.pop("pay_order_id", UNSET)

        pay_auth_no = d.pop("pay_auth_no", UNSET)

        geo_location = d.pop("geo_location", UNSET)

        _med_ins_order_create_time = d.pop("med_ins_order_create_time", UNSET)
        med_ins_order_create_time: datetime.datetime | Unset
        if isinstance(_med_ins_order_create_time, Unset):
            med_ins_order_create_time = UNSET
        else:
            med_ins_order_create_time = datetime.datetime.fromisoformat(_med_ins_order_create_time)

        med_ins_gov_fee = d.pop("med_ins_gov_fee", UNSET)

        med_ins_self_fee = d.pop("med_ins_self_fee", UNSET)

        med_ins_other_fee = d.pop("med_ins_other_fee", UNSET)

        med_ins_cash_fee = d.pop("med_ins_cash_fee", UNSET)

        wechat_pay_cash_fee = d.pop("wechat_pay_cash_fee", UNSET)

        _cash_add_detail = d.pop("cash_add_detail", UNSET)
        cash_add_detail: list[MedicalInsuranceCashAdd] | Unset = UNSET
        if _cash_add_detail is not UNSET:
            cash_add_detail = []
            for cash_add_detail_item_data in _cash_add_detail:
                cash_add_detail_item = MedicalInsuranceCashAdd.from_dict(cash_add_detail_item_data)

                cash_add_detail.append(cash_add_detail_item)

        _cash_reduce_detail = d.pop("cash_reduce_detail", UNSET)
        cash_reduce_detail: list[MedicalInsuranceCashReduce] | Unset = UNSET
        if _cash_reduce_detail is not UNSET:
            cash_reduce_detail = []
            for cash_reduce_detail_item_data in _cash_reduce_detail:
                cash_reduce_detail_item = MedicalInsuranceCashReduce.from_dict(cash_reduce_detail_item_data)

                cash_reduce_detail.append(cash_reduce_detail_item)

        prepay_id = d.pop("prepay_id", UNSET)

        passthrough_request_content = d.pop("passthrough_request_content", UNSET)

        extends = d.pop("extends", UNSET)

        attach = d.pop("attach", UNSET)

        channel_no = d.pop("channel_no", UNSET)

        med_ins_test_env = d.pop("med_ins_test_env", UNSET)

        medical_insurance_order_create_request = cls(
            mix_pay_type=mix_pay_type,
            order_type=order_type,
            appid=appid,
            payer=payer,
            out_trade_no=out_trade_no,
            serial_no=serial_no,
            city_id=city_id,
            med_inst_name=med_inst_name,
            med_inst_no=med_inst_no,
            total_fee=total_fee,
            callback_url=callback_url,
            sub_appid=sub_appid,
            sub_mchid=sub_mchid,
            openid=openid,
            sub_openid=sub_openid,
            pay_for_relatives=pay_for_relatives,
            relative=relative,
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
        )

        medical_insurance_order_create_request.additional_properties = d
        return medical_insurance_order_create_request

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
