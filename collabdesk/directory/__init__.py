"""Partner directory: partner agencies and their services, imported from Open Referral HSDS."""
