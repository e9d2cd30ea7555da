"""The SDK generator: spec/openapi.yaml -> generated_client/wechatpay_client (see README)."""
