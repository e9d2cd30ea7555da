# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.membercard_additional_statement import MembercardAdditionalStatement
    from ..models.membercard_balance_information import MembercardBalanceInformation
    from ..models.membercard_response_brand import MembercardResponseBrand
    from ..models.membercard_response_date_information import MembercardResponseDateInformation
    from ..models.membercard_response_user_information_form import MembercardResponseUserInformationForm


T = TypeVar("T", bound="MembercardCard")


@_attrs_define
class MembercardCard:
    """会员卡模板 — a member-card template as WeChat Pay returns it. Only `card_id` is required
    here (see the notes): cards upgraded from the Official Accounts Platform were not
    created through this API.

    """

    card_id: str
    """ 会员卡ID — the template ID. """
    create_time: datetime.datetime | Unset = UNSET
    """ 创建时间 — creation time (RFC 3339). """
    update_time: datetime.datetime | Unset = UNSET
    """ 更新时间 — last update time (RFC 3339). """
    remain_quantity: int | Unset = UNSET
    """ 剩余库存 — remaining stock. """
    status: str | Unset = UNSET
    """ 会员卡状态 — `NOT_APPROVE` (in review), `APPROVE_FAIL`, `APPROVED` or `DELETED`
    (open set).
     """
    brand: MembercardResponseBrand | Unset = UNSET
    """ 品牌信息 — the card's brand (answer side). """
    appid: str | Unset = UNSET
    """ 商户AppID — the service-account AppID. """
    logo_url: str | Unset = UNSET
    """ 会员卡logo — logo URL. """
    title: str | Unset = UNSET
    """ 卡名称 — card name. """
    background_picture_url: str | Unset = UNSET
    """ 会员卡背景图 — background URL. """
    description: str | Unset = UNSET
    """ 使用须知 — terms of use. """
    service_phone: str | Unset = UNSET
    """ 服务电话 — service phone. """
    code_type: str | Unset = UNSET
    """ 会员码型 — `BAR_CODE`, `QRCODE`, `BAR_CODE_AND_QRCODE` or `NONE_CODE` (open set). """
    total_quantity: int | Unset = UNSET
    """ 会员卡总库存 — total stock. """
    date_information: MembercardResponseDateInformation | Unset = UNSET
    """ 有效期 — validity of the cards (answer side). """
    code_mode: str | Unset = UNSET
    """ 会员卡code分配类型 — `SYSTEM_ALLOCATE`, `MERCHANT_DEPOSIT` or `REAL_TIME` (open set). """
    need_display_level: bool | Unset = UNSET
    """ 是否展示会员等级 — whether the member level is shown. """
    init_level: str | Unset = UNSET
    """ 会员初始等级 — initial member level. """
    out_request_no: str | Unset = UNSET
    """ 商户请求单号 — the request number the template was created with. """
    balance_information: MembercardBalanceInformation | Unset = UNSET
    """ 储值信息 — stored-value settings of a template (request and answer). """
    user_information_form: MembercardResponseUserInformationForm | Unset = UNSET
    """ 开卡信息 — the template's sign-up form (answer side). """
    additional_statement: MembercardAdditionalStatement | Unset = UNSET
    """ 商户补充声明 — a supplementary statement linked from the card (request and answer). """
    need_dynamic_code: bool | Unset = UNSET
    """ 是否启用动态码 — whether the dynamic code is used (older official page; not in OA/IM). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        card_id = self.card_id

        create_time: str | Unset = UNSET
        if not isinstance(self.create_time, Unset):
            create_time = self.create_time.isoformat()

        update_time: str | Unset = UNSET
        if not isinstance(self.update_time, Unset):
            update_time = self.update_time.isoformat()

        remain_quantity = self.remain_quantity

        status = self.status

        brand: dict[str, Any] | Unset = UNSET
        if not isinstance(self.brand, Unset):
            brand = self.brand.to_dict()

        appid = self.appid

        logo_url = self.logo_url

        title = self.title

        background_picture_url = self.background_picture_url

        description = self.description

        service_phone = self.service_phone

        code_type = self.code_type

        total_quantity = self.total_quantity

        date_information: dict[str, Any] | Unset = UNSET
        if not isinstance(self.date_information, Unset):
            date_information = self.date_information.to_dict()

        code_mode = self.code_mode

        need_display_level = self.need_display_level

        init_level = self.init_level

        out_request_no = self.out_request_no

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
                "card_id": card_id,
            }
        )
        if create_time is not UNSET:
            field_dict["create_time"] = create_time
        if update_time is not UNSET:
            field_dict["update_time"] = update_time
        if remain_quantity is not UNSET:
            field_dict["remain_quantity"] = remain_quantity
        if status is not UNSET:
            field_dict["status"] = status
        if brand is not UNSET:
            field_dict["brand"] = brand
        if appid is not UNSET:
            field_dict["appid"] = appid
        if logo_url is not UNSET:
            field_dict["logo_url"] = logo_url
        if title is not UNSET:
            field_dict["title"] = title
        if background_picture_url is not UNSET:
            field_dict["background_picture_url"] = background_picture_url
        if description is not UNSET:
            field_dict["description"] = description
        if service_phone is not UNSET:
            field_dict["service_phone"] = service_phone
        if code_type is not UNSET:
            field_dict["code_type"] = code_type
        if total_quantity is not UNSET:
            field_dict["total_quantity"] = total_quantity
        if date_information is not UNSET:
            field_dict["date_information"] = date_information
        if code_mode is not UNSET:
            field_dict["code_mode"] = code_mode
        if need_display_level is not UNSET:
            field_dict["need_display_level"] = need_display_level
        if init_level is not UNSET:
            field_dict["init_level"] = init_level
        if out_request_no is not UNSET:
            field_dict["out_request_no"] = out_request_no
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
        from ..models.membercard_response_brand import MembercardResponseBrand
        from ..models.membercard_response_date_information import MembercardResponseDateInformation
        from ..models.membercard_response_user_information_form import MembercardResponseUserInformationForm

        d = dict(src_dict)
        card_id = d.pop("card_id")

        _create_time = d.pop("create_time", UNSET)
        create_time: datetime.datetime | Unset
        if isinstance(_create_time, Unset):
            create_time = UNSET
        else:
            create_time = datetime.datetime.fromisoformat(_create_time)

        _update_time = d.pop("update_time", UNSET)
        update_time: datetime.datetime | Unset
        if isinstance(_update_time, Unset):
            update_time = UNSET
        else:
            update_time = datetime.datetime.fromisoformat(_update_time)

        remain_quantity = d.pop("remain_quantity", UNSET)

        status = d.pop("status", UNSET)

        _brand = d.pop("brand", UNSET)
        brand: MembercardResponseBrand | Unset
        if isinstance(_brand, Unset):
            brand = UNSET
        else:
            brand = MembercardResponseBrand.from_dict(_brand)

        appid = d.pop("appid", UNSET)

        logo_url = d.pop("logo_url", UNSET)

        title = d.pop("title", UNSET)

        background_picture_url = d.pop("background_picture_url", UNSET)

        description = d.pop("description", UNSET)

        service_phone = d.pop("service_phone", UNSET)

        code_type = d.pop("code_type", UNSET)

        total_quantity = d.pop("total_quantity", UNSET)

        _date_information = d.pop("date_information", UNSET)
        date_information: MembercardResponseDateInformation | Unset
        if isinstance(_date_information, Unset):
            date_information = UNSET
        else:
            date_information = MembercardResponseDateInformation.from_dict(_date_information)

        code_mode = d.pop("code_mode", UNSET)

        need_display_level = d.pop("need_display_level", UNSET)

        init_level = d.pop("init_level", UNSET)

        out_request_no = d.pop("out_request_no", UNSET)

        _balance_information = d.pop("balance_information", UNSET)
        balance_information: MembercardBalanceInformation | Unset
        if isinstance(_balance_information, Unset):
            balance_information = UNSET
        else:
            balance_information = MembercardBalanceInformation.from_dict(_balance_information)

        _user_information_form = d.pop("user_information_form", UNSET)
        user_information_form: MembercardResponseUserInformationForm | Unset
        if isinstance(_user_information_form, Unset):
            user_information_form = UNSET
        else:
            user_information_form = MembercardResponseUserInformationForm.from_dict(_user_information_form)

        _additional_statement = d.pop("additional_statement", UNSET)
        additional_statement: MembercardAdditionalStatement | Unset
        if isinstance(_additional_statement, Unset):
            additional_statement = UNSET
        else:
            additional_statement = MembercardAdditionalStatement.from_dict(_additional_statement)

        need_dynamic_code = d.pop("need_dynamic_code", UNSET)

        membercard_card = cls(
            card_id=card_id,
            create_time=create_time,
            update_time=update_time,
            remain_quantity=remain_quantity,
            status=status,
            brand=brand,
            appid=appid,
            logo_url=logo_url,
            title=title,
            background_picture_url=background_picture_url,
            description=description,
            service_phone=service_phone,
            code_type=code_type,
            total_quantity=total_quantity,
            date_information=date_information,
            code_mode=code_mode,
            need_display_level=need_display_level,
            init_level=init_level,
            out_request_no=out_request_no,
            balance_information=balance_information,
            user_information_form=user_information_form,
            additional_statement=additional_statement,
            need_dynamic_code=need_dynamic_code,
        )

        membercard_card.additional_properties = d
        return membercard_card

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
