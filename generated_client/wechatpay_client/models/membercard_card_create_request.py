# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.membercard_card_create_request_code_mode import (
    MembercardCardCreateRequestCodeMode,
    check_membercard_card_create_request_code_mode,
)
from ..models.membercard_card_create_request_code_type import (
    MembercardCardCreateRequestCodeType,
    check_membercard_card_create_request_code_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.membercard_additional_statement import MembercardAdditionalStatement
    from ..models.membercard_balance_information import MembercardBalanceInformation
    from ..models.membercard_brand import MembercardBrand
    from ..models.membercard_date_information import MembercardDateInformation
    from ..models.membercard_user_information_form import MembercardUserInformationForm


T = TypeVar("T", bound="MembercardCardCreateRequest")


@_attrs_define
class MembercardCardCreateRequest:
    """创建会员卡模板请求 — a new member-card template."""

    appid: str
    """ 商户AppID — the merchant's service-account (服务号) AppID; app, mini-program and
    subscription-account AppIDs are not accepted. It must be bound to the card's brand.
     """
    logo_url: str
    """ 会员卡logo — URL of a 120x120 JPG/JPEG/PNG logo under 1 MB, obtained from the
    marketing image upload.
     """
    brand: MembercardBrand
    """ 品牌信息 — the brand the card belongs to (request side; see `MembercardResponseBrand`). """
    title: str
    """ 卡名称 — card name shown on the card, at most 10 characters (Chinese, English, punctuation). """
    background_picture_url: str
    """ 会员卡背景图 — URL of a 1000x600 JPG/JPEG/PNG background under 1 MB, obtained from the
    marketing image upload.
     """
    description: str
    """ 使用须知 — terms of use shown on the card's details, at most 500 characters. """
    code_type: MembercardCardCreateRequestCodeType
    """ 会员码型 — how the membership number is shown: bar code, QR code, both, or no code.
     """
    date_information: MembercardDateInformation
    """ 有效期 — validity of the cards (request side; see `MembercardResponseDateInformation`):
    a fixed time range (`available_begin_time`/`available_end_time`), a fixed term after the
    card is taken (`available_day_after_receive`, optionally starting
    `wait_days_after_receive` days later), or permanent.
     """
    code_mode: MembercardCardCreateRequestCodeMode
    """ 会员卡code分配类型 — `SYSTEM_ALLOCATE` (WeChat Pay allocates codes),
    `MERCHANT_DEPOSIT` (codes deposited with `deposit_membercard_codes`) or `REAL_TIME`.
     """
    out_request_no: str
    """ 商户请求单号 — the merchant's request number for this template (kept on the template). """
    service_phone: str | Unset = UNSET
    """ 服务电话 — service phone shown on the card's details. """
    total_quantity: int | Unset = UNSET
    """ 会员卡总库存 — total stock; meaningful when `code_mode` is `SYSTEM_ALLOCATE`. """
    need_display_level: bool | Unset = UNSET
    """ 是否展示会员等级 — whether the member level is shown. """
    init_level: str | Unset = UNSET
    """ 会员初始等级 — the level a new member starts with. """
    balance_information: MembercardBalanceInformation | Unset = UNSET
    """ 储值信息 — stored-value settings of a template (request and answer). """
    user_information_form: MembercardUserInformationForm | Unset = UNSET
    """ 开卡信息 — the sign-up form of a new template (request side). """
    additional_statement: MembercardAdditionalStatement | Unset = UNSET
    """ 商户补充声明 — a supplementary statement linked from the card (request and answer). """
    need_dynamic_code: bool | Unset = UNSET
    """ 是否启用动态码 — replace the card's identifying code by a changing system-generated one. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        appid = self.appid

        logo_url = self.logo_url

        brand = self.brand.to_dict()

        title = self.title

        background_picture_url = self.background_picture_url

        description = self.description

        code_type: str = self.code_type

        date_information = self.date_information.to_dict()

        code_mode: str = self.code_mode

        out_request_no = self.out_request_no

        service_phone = self.service_phone

        total_quantity = self.total_quantity

        need_display_level = self.need_display_level

        init_level = self.init_level

        balance_information: dict[str, Any] | Unset = UNSET
        if not isinstance(self.balance_information, Unset):
            balance_information = self.balance_information.to_dict()

        user_information_form: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user_information_form, Unset):
            user_information_form = self.user_information_form.to_dict()

        additional_statement: dict[str, Any] | Unset = UNSET
        if not isinstance(self.additional_statement, Unset):
            additional_statement = self.additional_statement.to_dict()

        need_dynamic_code = self.need_dynamic_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "appid": appid,
                "logo_url": logo_url,
                "brand": brand,
                "title": title,
                "background_picture_url": background_picture_url,
                "description": description,
                "code_type": code_type,
                "date_information": date_information,
                "code_mode": code_mode,
                "out_request_no": out_request_no,
            }
        )
        if service_phone is not UNSET:
            field_dict["service_phone"] = service_phone
        if total_quantity is not UNSET:
            field_dict["total_quantity"] = total_quantity
        if need_display_level is not UNSET:
            field_dict["need_display_level"] = need_display_level
        if init_level is not UNSET:
            field_dict["init_level"] = init_level
        if balance_information is not UNSET:
            field_dict["balance_information"] = balance_information
        if user_information_form is not UNSET:
            field_dict["user_information_form"] = user_information_form
        if additional_statement is not UNSET:
            field_dict["additional_statement"] = additional_statement
        if need_dynamic_code is not UNSET:
            field_dict["need_dynamic_code"] = need_dynamic_code

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.membercard_additional_statement import MembercardAdditionalStatement
        from ..models.membercard_balance_information import MembercardBalanceInformation
        from ..models.membercard_brand import MembercardBrand
        from ..models.membercard_date_information import MembercardDateInformation
        from ..models.membercard_user_information_form import MembercardUserInformationForm

        d = dict(src_dict)
        appid = d.pop("appid")

        logo_url = d.pop("logo_url")

        brand = MembercardBrand.from_dict(d.pop("brand"))

        title = d.pop("title")

        background_picture_url = d.pop("background_picture_url")

        description = d.pop("description")

        code_type = check_membercard_card_create_request_code_type(d.pop("code_type"))

        date_information = MembercardDateInformation.from_dict(d.pop("date_information"))

        code_mode = check_membercard_card_create_request_code_mode(d.pop("code_mode"))

        out_request_no = d.pop("out_request_no")

        service_phone = d.pop("service_phone", UNSET)

        total_quantity = d.pop("total_quantity", UNSET)

        need_display_level = d.pop("need_display_level", UNSET)

        init_level = d.pop("init_level", UNSET)

        _balance_information = d.pop("balance_information", UNSET)
        balance_information: MembercardBalanceInformation | Unset
        if isinstance(_balance_information, Unset):
            balance_information = UNSET
        else:
            balance_information = MembercardBalanceInformation.from_dict(_balance_information)

        _user_information_form = d.pop("user_information_form", UNSET)
        user_information_form: MembercardUserInformationForm | Unset
        if isinstance(_user_information_form, Unset):
            user_information_form = UNSET
        else:
            user_information_form = MembercardUserInformationForm.from_dict(_user_information_form)

        _additional_statement = d.pop("additional_statement", UNSET)
        additional_statement: MembercardAdditionalStatement | Unset
        if isinstance(_additional_statement, Unset):
            additional_statement = UNSET
        else:
            additional_statement = MembercardAdditionalStatement.from_dict(_additional_statement)

        need_dynamic_code = d.pop("need_dynamic_code", UNSET)

        membercard_card_create_request = cls(
            appid=appid,
            logo_url=logo_url,
            brand=brand,
            title=title,
            background_picture_url=background_picture_url,
            description=description,
            code_type=code_type,
            date_information=date_information,
            code_mode=code_mode,
            out_request_no=out_request_no,
            service_phone=service_phone,
            total_quantity=total_quantity,
            need_display_level=need_display_level,
            init_level=init_level,
            balance_information=balance_information,
            user_information_form=user_information_form,
            additional_statement=additional_statement,
            need_dynamic_code=need_dynamic_code,
        )

        membercard_card_create_request.additional_properties = d
        return membercard_card_create_request

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
