"""The words about signing in and who may do what: the vault and its passphrases, the workspace,
users and roles, the session, the audit log's checks, and the command line."""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    # audit (checking the audit log's chain)
    "audit.entries-missing": "Entries {first}–{last} are missing.",
    "audit.entry-altered": "Entry {seq} was altered.",
    "audit.entries-removed": "Entries after {last} were removed (the log ended at {ended}).",
    # cli
    "cli.bad-month": "Give the month as YYYY-MM, for example 2026-10.",
    "cli.import-clients-bad-field": "'{field}' is not a field; use one of: {fields}",
    "cli.import-clients-bad-map":
        "--map {given}: give it as \"Column=field\" with one of the file's columns: {columns}",
    "cli.no-passphrase": "No passphrase given: use --passphrase-file or set COLLABDESK_PASSPHRASE.",
    "cli.no-store": "No CollabDesk store in {data_dir}. Run 'collabdesk init' first.",
    "cli.no-user": "Say who is signing in: --user NAME (or set COLLABDESK_USER).",
    "cli.partner-ambiguous":
        "Several partners in the directory are called {partner}: give the partner's id.",
    "cli.partner-unknown": "No partner in the directory is called {partner}.",
    "cli.passphrases-differ": "The two passphrases differ.",
    "cli.user-not-found": "No active user called {username}.",
    # passphrase
    "passphrase.common": "This is one of the most common passwords; choose something else.",
    "passphrase.enter": "Enter a passphrase.",
    "passphrase.fair": "Fair: one or two more unrelated words would make it strong.",
    "passphrase.strong": "Strong.",
    "passphrase.very-strong": "Very strong.",
    "passphrase.very-weak": "Very weak: easy to guess. Use four or more unrelated words.",
    "passphrase.weak": "Weak: add a few more words or characters.",
    # rbac
    "rbac.action.attachment.manage": "add attachments",
    "rbac.action.audit.view": "read the audit log",
    "rbac.action.backup.manage": "make or restore backups",
    "rbac.action.case.assign": "assign cases",
    "rbac.action.case.close": "close cases",
    "rbac.action.case.create": "open cases",
    "rbac.action.case.edit": "change cases",
    "rbac.action.case.view": "see cases",
    "rbac.action.case.view_all": "see every case of the agency",
    "rbac.action.client.create": "register clients",
    "rbac.action.client.edit": "change client records",
    "rbac.action.client.import": "import clients from a spreadsheet",
    "rbac.action.client.view": "see client records",
    "rbac.action.conflict.resolve": "resolve conflicting edits",
    "rbac.action.consent.manage": "record consent",
    "rbac.action.directory.manage": "change the partner directory",
    "rbac.action.directory.view": "see the partner directory",
    "rbac.action.note.create": "write notes",
    "rbac.action.note.view_sensitive": "read sensitive notes",
    "rbac.action.referral.respond": "answer referrals",
    "rbac.action.referral.send": "send referrals",
    "rbac.action.referral.view": "see referrals",
    "rbac.action.report.export": "export reports",
    "rbac.action.report.submit": "submit reports to the hub",
    "rbac.action.report.view": "see reports",
    "rbac.action.settings.manage": "change settings",
    "rbac.action.sync.enroll": "enrol this laptop with the hub",
    "rbac.action.sync.run": "sync with the hub",
    "rbac.action.task.manage": "manage tasks",
    "rbac.action.form.view": "see forms and their answers",
    "rbac.action.form.fill": "fill in forms",
    "rbac.action.form.manage": "import or retire forms",
    "rbac.action.user.manage": "manage users",
    "rbac.not-allowed": "{user} is not allowed to {what}. Ask a supervisor or administrator.",
    # session
    "session.record-not-found": "That record does not exist.",
    "settings.agency-not-here-yet":
        "The agency's settings reach this laptop with its first sync; change them after it.",
    # user
    "user.bad-username": "A user name is 2–40 letters, digits, dots, dashes or underscores.",
    "user.cannot-drop-own-admin": "You cannot remove your own admin role; ask another admin.",
    "user.cannot-remove-self": "You cannot remove yourself; ask another admin.",
    "user.no-data-folder": "This session has no data folder to keep passphrases in.",
    "user.not-found": "That user does not exist.",
    "user.removed": "{display_name} was removed and cannot sign in.",
    "user.roles-required": "Choose one or more roles: {roles}.",
    "user.username-taken": "There is already a user called {username}.",
    # vault
    "vault.already-exists": "A vault already exists at {path}; it was not overwritten.",
    "vault.changed-elsewhere":
        "The vault file was changed by another program since it was opened; reopen it and try "
        "again. Nothing was changed.",
    "vault.field-missing": "Field {name} is missing or not text.",
    "vault.field-not-base64": "Field {name} is not valid base64.",
    "vault.empty": "The vault file {path} is empty: its contents were lost. Restore it from a "
    "backup, or set this computer up again.",
    "vault.field-wrong-size": "Field {name} has {count} bytes, expected {size}.",
    "vault.field-wrong-size-one": "Field {name} has 1 byte, expected {size}.",
    "vault.file-missing":
        "No vault file at {path}. Restore it from a backup, or set this computer up again.",
    "vault.format-unsupported": "Unsupported vault format version {version!r}.",
    "vault.from-newer-version":
        "It was written by a newer CollabDesk (vault format {version}); upgrade CollabDesk to "
        "open it.",
    "vault.kdf-above-maximum":
        "Key derivation parameter {name}={value} is above the maximum {high}; the vault file "
        "may be damaged. Restore it from a backup.",
    "vault.kdf-below-minimum":
        "Key derivation parameter {name}={value} is below the minimum {low}; the vault file may "
        "have been tampered with. Restore it from a backup.",
    "vault.kdf-malformed": "Key derivation parameters are malformed.",
    "vault.kdf-memory-too-small": "Key derivation memory is too small for the number of lanes.",
    "vault.kdf-not-integer": "Key derivation parameter {name} must be a whole number.",
    "vault.key-generation-malformed": "Field key_generation is malformed.",
    "vault.key-wrong-size": "A store key must be {size} bytes.",
    "vault.last-slot":
        "That is the last key slot; removing it would make the store impossible to open.",
    "vault.no-recovery-code":
        "This store has no recovery code; an administrator must reset access.",
    "vault.no-rotation": "No key rotation is in progress.",
    "vault.not-a-vault": "It is not a CollabDesk vault file.",
    "vault.not-current-key": "That is not the current key of this store.",
    "vault.not-json": "It is not a CollabDesk vault file (not JSON).",
    "vault.passphrase-empty": "Choose a passphrase; it cannot be empty.",
    "vault.read-failed": "Could not read the vault file {path}: {strerror}.",
    "vault.recovery-code-bad-characters":
        "Recovery codes never contain {characters}; check the printed code.",
    "vault.recovery-code-typo": "This recovery code has a typo; compare it with the printed sheet.",
    "vault.recovery-code-wrong":
        "That recovery code does not unlock this store; it may have been replaced.",
    "vault.recovery-code-wrong-length":
        "A recovery code has {length} letters and digits; this one has {count}.",
    "vault.recovery-slots-duplicated": "There is more than one recovery slot.",
    "vault.reread-failed":
        "The vault file {path} can no longer be read ({strerror}); nothing was changed.",
    "vault.rotation-inconsistent":
        "The pending key rotation is recorded inconsistently across slots.",
    "vault.rotation-unfinished":
        "A store key rotation is unfinished; open the store once to complete it first.",
    "vault.save-failed": "Could not save the vault file {path} ({problem}); nothing was changed.",
    "vault.slot-altered":
        "Key slot {slot_id} was altered. Restore the vault from a backup or use another slot.",
    "vault.slot-damaged": "Key slot {slot_id} is damaged. Restore the vault from a backup.",
    "vault.slot-exists": "User {label!r} already has a key slot; reset their passphrase instead.",
    "vault.slot-foreign":
        "Key slot {label!r} ({slot_id}) was not made by CollabDesk for this store; someone "
        "edited the vault file. Remove that slot before changing passphrases or keys.",
    "vault.slot-key-damaged":
        "The store key in slot {slot_id} is damaged or was swapped. Restore the vault from a "
        "backup or use another slot.",
    "vault.slot-kind-unknown": "Unknown slot kind {kind!r}.",
    "vault.slot-label-required": "A user name is needed for the key slot.",
    "vault.slot-label-too-long": "A user name must be at most 100 printable characters.",
    "vault.slot-no-pending-key": "Key slot {slot_id} has no pending key; cannot finish.",
    "vault.slot-not-found": "There is no key slot {slot_id!r} in this vault.",
    "vault.slot-not-object": "A slot entry is not an object.",
    "vault.slots-duplicated": "Two slots share an id or a user name.",
    "vault.slots-missing": "Field slots is missing.",
    "vault.store-id-invalid": "A store id must be non-empty text of at most 200 characters.",
    "vault.too-many-attempts": "Too many wrong passphrases. Try again in {seconds} seconds.",
    "vault.too-many-attempts-one": "Too many wrong passphrases. Try again in 1 second.",
    "vault.unusable": "Cannot use the vault file {path}. {exc}",
    "vault.user-not-found": "No user named {label!r} can unlock the store on this computer.",
    "vault.write-failed": "Could not write the vault file {path}: {strerror}.",
    "vault.wrong-passphrase": "That passphrase is not correct for this user.",
    # workspace
    "workspace.already-exists": "{data_dir} already holds a CollabDesk store.",
    "workspace.names-required": "Give the agency a name and the first administrator a user name.",
    "workspace.user-not-found": "There is no user {username!r} in this agency's store.",
    "workspace.user-removed": "{display_name} can no longer sign in here.",
}
