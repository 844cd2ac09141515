ALTER TABLE "invitations" ADD COLUMN "cohort_id" text;--> statement-breakpoint
ALTER TABLE "invitations" ADD COLUMN "cohort_role" text;--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_cohort_id_cohorts_id_fk" FOREIGN KEY ("cohort_id") REFERENCES "public"."cohorts"("id") ON DELETE set null ON UPDATE no action;