"""Demo flows beyond the insurance story: one module per flow (``TITLE`` and ``story``).

``wechatpay demo --flow NAME`` runs the module ``NAME``; ``wechatpay demo --list`` lists them.
Each story drives the typed client against the embedded sandbox, plays the user's side through
``sandbox.flows[...]``, waits for the verified callbacks at the webhook, and raises
``DemoStepError`` when a step does not produce what the documented flow promises.
"""
