-- Notices (issue 4): the decision letter (PDF), the e-mail and SMS that tell the person, and the
-- notice to the coordination when a structure did not answer in time. Each is a row written in
-- the transaction of the decision: nothing is sent for a decision rolled back, nothing is lost if
-- the mail server is down (retried with back-off, then FAILED and shown to the agent).
ALTER TABLE tenant ADD COLUMN coordination_email varchar(254);

CREATE TABLE notification (
  id               uuid         PRIMARY KEY,
  tenant_id        varchar(3)   NOT NULL REFERENCES tenant (code),
  kind             varchar(16)  NOT NULL CHECK (kind IN ('DECISION', 'ESCALATION')),
  channel          varchar(8)   NOT NULL CHECK (channel IN ('LETTER', 'EMAIL', 'SMS')),
  orientation_id   uuid         NOT NULL REFERENCES orientation (id),
  beneficiary_id   uuid         NOT NULL REFERENCES beneficiary (id),
  recipient        varchar(254),
  subject          varchar(200),
  -- the text sent (e-mail, SMS); for a letter, the data it is written from (JSON)
  body             text         NOT NULL,
  -- the e-mail that carries a letter points at it
  letter_id        uuid         REFERENCES notification (id),
  document         bytea,
  status           varchar(10)  NOT NULL
                   CHECK (status IN ('PENDING', 'SENT', 'FAILED', 'TO_PRINT', 'PRINTED', 'ATTACHED')),
  attempts         integer      NOT NULL DEFAULT 0,
  next_attempt_at  timestamptz,
  last_error       varchar(500),
  created_at       timestamptz  NOT NULL,
  created_by       varchar(100) NOT NULL,
  sent_at          timestamptz,
  version          bigint       NOT NULL DEFAULT 0
);
CREATE INDEX notification_orientation_idx ON notification (tenant_id, orientation_id, created_at);
CREATE INDEX notification_due_idx ON notification (tenant_id, next_attempt_at) WHERE status = 'PENDING';

GRANT SELECT, INSERT, UPDATE ON notification TO ${appRole};
ALTER TABLE notification ENABLE ROW LEVEL SECURITY;
ALTER TABLE notification FORCE  ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON notification
  USING (tenant_id = current_setting('app.tenant_id', true))
  WITH CHECK (tenant_id = current_setting('app.tenant_id', true));
