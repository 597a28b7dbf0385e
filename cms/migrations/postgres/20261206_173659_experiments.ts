import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_flows_experiment_outcome" AS ENUM('flow_completed', 'step_completed', 'checklist_done', 'contact_requested', 'alternative_taken');
  CREATE TYPE "public"."enum__flows_v_version_experiment_outcome" AS ENUM('flow_completed', 'step_completed', 'checklist_done', 'contact_requested', 'alternative_taken');
  ALTER TABLE "flows" ADD COLUMN "experiment_hypothesis" varchar;
  ALTER TABLE "flows" ADD COLUMN "experiment_outcome" "enum_flows_experiment_outcome" DEFAULT 'flow_completed';
  ALTER TABLE "flows" ADD COLUMN "experiment_checklist_id" integer;
  ALTER TABLE "flows" ADD COLUMN "experiment_checklist_items" numeric DEFAULT 1;
  ALTER TABLE "flows" ADD COLUMN "experiment_minimum_sample" numeric DEFAULT 100;
  ALTER TABLE "flows" ADD COLUMN "experiment_period_start" timestamp(3) with time zone;
  ALTER TABLE "flows" ADD COLUMN "experiment_design_hash" varchar;
  ALTER TABLE "_flows_v" ADD COLUMN "version_experiment_hypothesis" varchar;
  ALTER TABLE "_flows_v" ADD COLUMN "version_experiment_outcome" "enum__flows_v_version_experiment_outcome" DEFAULT 'flow_completed';
  ALTER TABLE "_flows_v" ADD COLUMN "version_experiment_checklist_id" integer;
  ALTER TABLE "_flows_v" ADD COLUMN "version_experiment_checklist_items" numeric DEFAULT 1;
  ALTER TABLE "_flows_v" ADD COLUMN "version_experiment_minimum_sample" numeric DEFAULT 100;
  ALTER TABLE "_flows_v" ADD COLUMN "version_experiment_period_start" timestamp(3) with time zone;
  ALTER TABLE "_flows_v" ADD COLUMN "version_experiment_design_hash" varchar;
  ALTER TABLE "flows" ADD CONSTRAINT "flows_experiment_checklist_id_checklists_id_fk" FOREIGN KEY ("experiment_checklist_id") REFERENCES "public"."checklists"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_flows_v" ADD CONSTRAINT "_flows_v_version_experiment_checklist_id_checklists_id_fk" FOREIGN KEY ("version_experiment_checklist_id") REFERENCES "public"."checklists"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "flows_experiment_experiment_checklist_idx" ON "flows" USING btree ("experiment_checklist_id");
  CREATE INDEX "_flows_v_version_experiment_version_experiment_checklist_idx" ON "_flows_v" USING btree ("version_experiment_checklist_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "flows" DROP CONSTRAINT "flows_experiment_checklist_id_checklists_id_fk";
  
  ALTER TABLE "_flows_v" DROP CONSTRAINT "_flows_v_version_experiment_checklist_id_checklists_id_fk";
  
  DROP INDEX "flows_experiment_experiment_checklist_idx";
  DROP INDEX "_flows_v_version_experiment_version_experiment_checklist_idx";
  ALTER TABLE "flows" DROP COLUMN "experiment_hypothesis";
  ALTER TABLE "flows" DROP COLUMN "experiment_outcome";
  ALTER TABLE "flows" DROP COLUMN "experiment_checklist_id";
  ALTER TABLE "flows" DROP COLUMN "experiment_checklist_items";
  ALTER TABLE "flows" DROP COLUMN "experiment_minimum_sample";
  ALTER TABLE "flows" DROP COLUMN "experiment_period_start";
  ALTER TABLE "flows" DROP COLUMN "experiment_design_hash";
  ALTER TABLE "_flows_v" DROP COLUMN "version_experiment_hypothesis";
  ALTER TABLE "_flows_v" DROP COLUMN "version_experiment_outcome";
  ALTER TABLE "_flows_v" DROP COLUMN "version_experiment_checklist_id";
  ALTER TABLE "_flows_v" DROP COLUMN "version_experiment_checklist_items";
  ALTER TABLE "_flows_v" DROP COLUMN "version_experiment_minimum_sample";
  ALTER TABLE "_flows_v" DROP COLUMN "version_experiment_period_start";
  ALTER TABLE "_flows_v" DROP COLUMN "version_experiment_design_hash";
  DROP TYPE "public"."enum_flows_experiment_outcome";
  DROP TYPE "public"."enum__flows_v_version_experiment_outcome";`)
}
