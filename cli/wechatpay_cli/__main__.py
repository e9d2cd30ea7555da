"""``python -m wechatpay_cli`` is the same as the ``wechatpay`` command."""

import sys

from ._main import main

sys.exit(main())
