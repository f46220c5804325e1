-- Signed webhooks to the partner organisations' systems (issue 5). Every event about a referral or
-- an appointment of a partner's structure is appended, in the transaction that published it, to
-- that organisation's deliveries; the dispatcher posts them to the organisation's endpoint (HMAC
-- signature, Standard Webhooks headers), retries with back-off, and after the last attempt keeps
-- them as dead letters the partner admin can replay.
CREATE TABLE partner_webhook (
  partner_org_id  varchar(64)  PRIMARY KEY REFERENCES partner_organisation (id),
  url             varchar(500) NOT NULL,
  secret          varchar(100) NOT NULL,
  active          boolean      NOT NULL DEFAULT true,
  updated_by      varchar(100) NOT NULL,
  updated_at      timestamptz  NOT NULL
);

CREATE TABLE partner_delivery (
  id               uuid         PRIMARY KEY,
  partner_org_id   varchar(64)  NOT NULL REFERENCES partner_organisation (id),
  event_id         uuid         NOT NULL,
  event_type       varchar(100) NOT NULL,
  aggregate_id     varchar(64)  NOT NULL,
  body             text         NOT NULL,
  status           varchar(10)  NOT NULL CHECK (status IN ('PENDING', 'DELIVERED', 'DEAD')),
  attempts         integer      NOT NULL DEFAULT 0,
  next_attempt_at  timestamptz,
  last_status      integer,
  last_error       varchar(500),
  created_at       timestamptz  NOT NULL,
  delivered_at     timestamptz,
  UNIQUE (partner_org_id, event_id)
);
CREATE INDEX partner_delivery_due_idx ON partner_delivery (partner_org_id, next_attempt_at, created_at)
  WHERE status = 'PENDING';
CREATE INDEX partner_delivery_dead_idx ON partner_delivery (partner_org_id, created_at)
  WHERE status = 'DEAD';

GRANT SELECT, INSERT, UPDATE ON partner_webhook, partner_delivery TO ${appRole};
ALTER TABLE partner_webhook ENABLE ROW LEVEL SECURITY;
ALTER TABLE partner_webhook FORCE  ROW LEVEL SECURITY;
ALTER TABLE partner_delivery ENABLE ROW LEVEL SECURITY;
ALTER TABLE partner_delivery FORCE  ROW LEVEL SECURITY;
-- an organisation sees and manages its own endpoint and deliveries, nobody else's
CREATE POLICY partner_own ON partner_webhook
  USING (partner_org_id = current_setting('app.partner_org', true))
  WITH CHECK (partner_org_id = current_setting('app.partner_org', true));
CREATE POLICY partner_own ON partner_delivery
  USING (partner_org_id = current_setting('app.partner_org', true))
  WITH CHECK (partner_org_id = current_setting('app.partner_org', true));
-- a département's transaction appends the delivery of the event it publishes, and reads nothing
CREATE POLICY append_any ON partner_delivery FOR INSERT WITH CHECK (true);
