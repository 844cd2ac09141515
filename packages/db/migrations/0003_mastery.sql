CREATE TABLE "objective_mastery" (
	"user_id" text NOT NULL,
	"objective_id" text NOT NULL,
	"level" text NOT NULL,
	"due" timestamp with time zone NOT NULL,
	"state" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "objective_mastery_user_id_objective_id_pk" PRIMARY KEY("user_id","objective_id")
);
--> statement-breakpoint
ALTER TABLE "objective_mastery" ADD CONSTRAINT "objective_mastery_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "objective_mastery_due_idx" ON "objective_mastery" USING btree ("user_id","due");