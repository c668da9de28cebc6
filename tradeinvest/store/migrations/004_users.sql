-- 004: who may sign in, and with which role (tradeinvest/access.py has the role matrix).
-- `username` is the sign-in name, lower case; for sign-in through the organisation's identity
-- provider (OIDC) it is the e-mail address the provider reports. `password_hash` is a salted
-- scrypt hash (never the password); NULL for users who sign in through the identity provider
-- only. While this table is empty the app runs in demo mode (see README, "Access").
CREATE TABLE users (
    username      TEXT PRIMARY KEY,
    role          TEXT NOT NULL CHECK (role IN ('coordinator', 'team', 'governor')),
    password_hash TEXT,
    created_at    TIMESTAMP NOT NULL,
    created_by    TEXT NOT NULL
);
