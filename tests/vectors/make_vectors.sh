#!/usr/bin/env bash
# Regenerates the known-answer vectors used by tests/auth_plugin/.
#
# Everything here is computed by the `openssl` command line, independently of the code under
# test, except where openssl cannot do the job (see "AES-256-GCM" at the end). Run it from any
# directory; it writes into the directory that holds this script. The outputs are committed:
# the tests only read them. Re-running it creates NEW keys, so every expected value changes with
# them (the tests read both from these files, so they keep passing).
#
# These keys are test fixtures, generated for this repository only. They protect nothing.
set -euo pipefail
cd "$(dirname "$0")"
export LC_ALL=C

MCHID=1230000109
MERCHANT_SERIAL=4F1A2B3C4D5E6F708192A3B4C5D6E7F801234567
PLATFORM_SERIAL=5157F09EFDC096DE15EBE81A47057A7232F1B8E1
# A serial with a leading zero nibble: the map must be keyed by the API's string, not by int().
PLATFORM2_SERIAL=0F3E9A1B2C3D4E5F60718293A4B5C6D7E8F90123
PUBLIC_KEY_ID=PUB_KEY_ID_0112300001092026112700000000000001

# --- client-side pay-sign (protocol.md section 8) ---------------------------------------------
# Signed with the merchant key already in this directory. `make_vectors.sh paysign` regenerates
# only these files (keeping every key); the full run calls it after making the keys.
paysign_vectors() {
  local appid=wxd678efh567hg6787 prepay_id=wx201410272009395522657a690389285100
  local ts=1414561699 nonce=5K8264ILTKCH16CQ2502SI8ZNMTM67VS
  printf '{"appid":"%s","mchid":"%s","prepay_id":"%s","timestamp":"%s","nonce":"%s"}' \
    "$appid" "$MCHID" "$prepay_id" "$ts" "$nonce" > paysign_inputs.json
  # JSAPI / mini-program: appId, timeStamp, nonceStr, package ("prepay_id=..."), each + LF.
  printf '%s\n%s\n%s\nprepay_id=%s\n' "$appid" "$ts" "$nonce" "$prepay_id" > paysign_jsapi_message.txt
  openssl dgst -sha256 -sign merchant_key.pem paysign_jsapi_message.txt | base64 -w0 > paysign_jsapi_signature.b64
  # APP: appid, timestamp, noncestr, prepayid (bare), each + LF.
  printf '%s\n%s\n%s\n%s\n' "$appid" "$ts" "$nonce" "$prepay_id" > paysign_app_message.txt
  openssl dgst -sha256 -sign merchant_key.pem paysign_app_message.txt | base64 -w0 > paysign_app_signature.b64
  # Self-check with the merchant public key.
  for kind in jsapi app; do
    openssl dgst -sha256 -verify merchant_public_key.pem -signature <(base64 -d "paysign_${kind}_signature.b64") \
      "paysign_${kind}_message.txt" >/dev/null
  done
}

if [ "${1:-}" = "paysign" ]; then
  paysign_vectors
  echo "pay-sign vectors written to $(pwd)"
  exit 0
fi

rsa_key() { openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$1" 2>/dev/null; }
self_signed() { # key serial cn out
  openssl req -new -x509 -key "$1" -set_serial "0x$2" -days 3650 -sha256 \
    -subj "/C=CN/O=wechatpay-typed tests/CN=$3" -out "$4"
}

# --- keys and certificates ------------------------------------------------------------------
rsa_key merchant_key.pem                                   # apiclient_key.pem (PKCS#8)
self_signed merchant_key.pem "$MERCHANT_SERIAL" "$MCHID" merchant_cert.pem
openssl pkey -in merchant_key.pem -pubout -out merchant_public_key.pem

rsa_key platform_key.pem                                   # WeChat Pay platform certificate key
self_signed platform_key.pem "$PLATFORM_SERIAL" "Tenpay.com Root CA test" platform_cert.pem
rsa_key platform2_key.pem                                  # the rotated-in certificate
self_signed platform2_key.pem "$PLATFORM2_SERIAL" "Tenpay.com Root CA test 2" platform2_cert.pem

rsa_key wechatpay_public_key_private.pem                   # the private half WeChat Pay keeps
openssl pkey -in wechatpay_public_key_private.pem -pubout -out wechatpay_public_key.pem

rsa_key other_key.pem                                      # an unrelated key, for negative tests
openssl req -new -x509 -key other_key.pem -set_serial 0x1234567890ABCDEF1234567890ABCDEF12345678 -days 3650 \
  -sha256 -subj "/CN=unrelated" -out other_cert.pem
openssl pkey -in other_key.pem -pubout -out other_public_key.pem

printf '%s' "$MCHID" > mchid.txt
printf '%s' "$MERCHANT_SERIAL" > merchant_serial.txt
printf '%s' "$PLATFORM_SERIAL" > platform_serial.txt
printf '%s' "$PLATFORM2_SERIAL" > platform2_serial.txt
printf '%s' "$PUBLIC_KEY_ID" > wechatpay_public_key_id.txt

# --- request signing (protocol.md section 1) ------------------------------------------------
TS=1700000000
NONCE=593BEC0C930BF1AFEB40B4A08C8FB242
BODY='{"appid":"wxd678efh567hg6787","plan_id":12535,"real_identity":{"real_name":"张三"}}'
printf '%s' "$BODY" > request_body.json
# POST with a JSON body; the query is signed exactly as sent (percent-encoding kept).
printf 'POST\n/v3/papay/insurance-sign/contracts/pre-entrust-sign/mini-program?a=1%%20b&z=%%E4%%B8%%AD\n%s\n%s\n%s\n' \
  "$TS" "$NONCE" "$BODY" > request_message.txt
openssl dgst -sha256 -sign merchant_key.pem request_message.txt | base64 -w0 > request_signature.b64
printf 'WECHATPAY2-SHA256-RSA2048 mchid="%s",nonce_str="%s",timestamp="%s",serial_no="%s",signature="%s"' \
  "$MCHID" "$NONCE" "$TS" "$MERCHANT_SERIAL" "$(cat request_signature.b64)" > request_authorization.txt
# GET without a body: the message ends NONCE LF LF.
printf 'GET\n/v3/certificates\n%s\n%s\n\n' "$TS" "$NONCE" > request_message_get.txt
openssl dgst -sha256 -sign merchant_key.pem request_message_get.txt | base64 -w0 > request_signature_get.b64
# A body that itself ends in LF still gets the closing LF.
printf 'POST\n/v3/x\n%s\n%s\n{"a":1}\n\n' "$TS" "$NONCE" > request_message_lf.txt

# --- response verification (protocol.md section 2) ------------------------------------------
RESP_BODY='{"pre_entrustweb_id":"5778aadY9nltAsZzXixCkFIGYnV2V","redirect_appid":"wxbd687630cd02ce1d","redirect_path":"pages/PwdExemptContract/index"}'
RESP_NONCE=c5ac7061fccab6bf3e254dcf98995b8c
printf '%s' "$RESP_BODY" > response_body.json
printf '%s\n%s\n%s\n' "$TS" "$RESP_NONCE" "$RESP_BODY" > response_message.txt
openssl dgst -sha256 -sign platform_key.pem response_message.txt | base64 -w0 > response_signature_platform.b64
openssl dgst -sha256 -sign wechatpay_public_key_private.pem response_message.txt | base64 -w0 \
  > response_signature_public_key.b64
# 204: empty body, still signed.
printf '%s\n%s\n\n' "$TS" "$RESP_NONCE" > response_message_empty.txt
openssl dgst -sha256 -sign wechatpay_public_key_private.pem response_message_empty.txt | base64 -w0 \
  > response_signature_empty.b64
# Self-check: openssl verifies what it signed.
openssl x509 -in platform_cert.pem -pubkey -noout > platform_public_key.tmp
openssl dgst -sha256 -verify platform_public_key.tmp -signature <(base64 -d response_signature_platform.b64) \
  response_message.txt >/dev/null
rm -f platform_public_key.tmp

# --- sensitive-field encryption (protocol.md section 3) -------------------------------------
# RSA-OAEP, SHA-1, MGF1-SHA-1, empty label. OAEP is randomised, so the test decrypts this
# ciphertext with our code and, the other way round, has openssl decrypt ours.
printf '%s' '张三' > oaep_plaintext.txt
openssl pkeyutl -encrypt -pubin -inkey wechatpay_public_key.pem -in oaep_plaintext.txt \
  -pkeyopt rsa_padding_mode:oaep -pkeyopt rsa_oaep_md:sha1 -pkeyopt rsa_mgf1_md:sha1 | base64 -w0 \
  > oaep_ciphertext.b64
# An answer field WeChat Pay encrypts for the merchant (e.g. a transfer's user_name): the same
# scheme under the merchant certificate's public key; the SDK decrypts it with the merchant key.
openssl pkeyutl -encrypt -pubin -inkey merchant_public_key.pem -in oaep_plaintext.txt \
  -pkeyopt rsa_padding_mode:oaep -pkeyopt rsa_oaep_md:sha1 -pkeyopt rsa_mgf1_md:sha1 | base64 -w0 \
  > oaep_merchant_ciphertext.b64
# The OAEP limit for RSA-2048 and SHA-1 is 256 - 2*20 - 2 = 214 bytes: openssl accepts 214 and refuses 215.
head -c 214 /dev/zero | tr '\0' 'a' > oaep_plaintext_214.txt
openssl pkeyutl -encrypt -pubin -inkey wechatpay_public_key.pem -in oaep_plaintext_214.txt \
  -pkeyopt rsa_padding_mode:oaep -pkeyopt rsa_oaep_md:sha1 -pkeyopt rsa_mgf1_md:sha1 >/dev/null
if head -c 215 /dev/zero | openssl pkeyutl -encrypt -pubin -inkey wechatpay_public_key.pem \
  -pkeyopt rsa_padding_mode:oaep -pkeyopt rsa_oaep_md:sha1 -pkeyopt rsa_mgf1_md:sha1 >/dev/null 2>&1; then
  echo "openssl unexpectedly accepted 215 bytes" >&2; exit 1
fi
rm -f oaep_plaintext_214.txt

# --- AES-256-GCM (protocol.md section 4) -----------------------------------------------------
# `openssl enc` refuses AEAD ciphers, so the command line cannot produce GCM vectors. The tests
# use instead the published AES-256 test case 16 of McGrew & Viega, "The Galois/Counter Mode of
# Operation" (2005), stored below, and use the `cryptography` package (not our wrapper) only as a
# cross-check for the WeChat-shaped certificate ciphertexts the tests build at run time.
cat > aes_gcm_vector.json <<'JSON'
{
  "source": "McGrew & Viega, The Galois/Counter Mode of Operation (GCM), 2005, AES-256 Test Case 16",
  "key": "feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308",
  "iv": "cafebabefacedbaddecaf888",
  "aad": "feedfacedeadbeeffeedfacedeadbeefabaddad2",
  "plaintext": "d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39",
  "ciphertext": "522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662",
  "tag": "76fc6ece0f4e1768cddf8853bb2d551b"
}
JSON

paysign_vectors

echo "vectors written to $(pwd)"
