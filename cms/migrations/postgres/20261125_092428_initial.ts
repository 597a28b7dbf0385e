import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."_locales" AS ENUM('da', 'en');
  CREATE TYPE "public"."enum_flows_audiences" AS ENUM('new-dagpenge', 'short-term', 'job-target');
  CREATE TYPE "public"."enum_flows_questions_type" AS ENUM('yesno', 'single', 'multi');
  CREATE TYPE "public"."enum_flows_steps_kind" AS ENUM('content', 'contact');
  CREATE TYPE "public"."enum_flows_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__flows_v_version_audiences" AS ENUM('new-dagpenge', 'short-term', 'job-target');
  CREATE TYPE "public"."enum__flows_v_version_questions_type" AS ENUM('yesno', 'single', 'multi');
  CREATE TYPE "public"."enum__flows_v_version_steps_kind" AS ENUM('content', 'contact');
  CREATE TYPE "public"."enum__flows_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__flows_v_published_locale" AS ENUM('da', 'en');
  CREATE TYPE "public"."enum_lessons_audiences" AS ENUM('new-dagpenge', 'short-term', 'job-target');
  CREATE TYPE "public"."enum_lessons_blocks_callout_tone" AS ENUM('info', 'warning');
  CREATE TYPE "public"."enum_lessons_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__lessons_v_version_audiences" AS ENUM('new-dagpenge', 'short-term', 'job-target');
  CREATE TYPE "public"."enum__lessons_v_blocks_callout_tone" AS ENUM('info', 'warning');
  CREATE TYPE "public"."enum__lessons_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__lessons_v_published_locale" AS ENUM('da', 'en');
  CREATE TYPE "public"."enum_courses_audiences" AS ENUM('new-dagpenge', 'short-term', 'job-target');
  CREATE TYPE "public"."enum_courses_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__courses_v_version_audiences" AS ENUM('new-dagpenge', 'short-term', 'job-target');
  CREATE TYPE "public"."enum__courses_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__courses_v_published_locale" AS ENUM('da', 'en');
  CREATE TYPE "public"."enum_videos_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__videos_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__videos_v_published_locale" AS ENUM('da', 'en');
  CREATE TYPE "public"."enum_checklists_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__checklists_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__checklists_v_published_locale" AS ENUM('da', 'en');
  CREATE TYPE "public"."enum_faqs_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__faqs_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__faqs_v_published_locale" AS ENUM('da', 'en');
  CREATE TYPE "public"."enum_users_role" AS ENUM('admin', 'editor', 'publisher', 'reviewer');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'schedulePublish');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'schedulePublish');
  CREATE TYPE "public"."enum_site_settings_accessibility_compliance" AS ENUM('full', 'partial', 'none');
  CREATE TYPE "public"."enum__site_settings_v_version_accessibility_compliance" AS ENUM('full', 'partial', 'none');
  CREATE TABLE "flows_audiences" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_flows_audiences",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "flows_questions_options" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"value" varchar
  );
  
  CREATE TABLE "flows_questions_options_locales" (
  	"label" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "flows_questions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"type" "enum_flows_questions_type" DEFAULT 'single'
  );
  
  CREATE TABLE "flows_questions_locales" (
  	"prompt" varchar,
  	"help" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "flows_steps" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"kind" "enum_flows_steps_kind" DEFAULT 'content',
  	"show_when" jsonb,
  	"required" boolean DEFAULT true,
  	"minutes" numeric DEFAULT 5
  );
  
  CREATE TABLE "flows_steps_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "flows_variants" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"share" numeric
  );
  
  CREATE TABLE "flows" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"fallback_when" jsonb,
  	"fallback_flow_id" integer,
  	"source_hash" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_flows_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "flows_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"fallback_message" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "flows_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "flows_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"lessons_id" integer,
  	"courses_id" integer,
  	"videos_id" integer,
  	"checklists_id" integer,
  	"faqs_id" integer
  );
  
  CREATE TABLE "_flows_v_version_audiences" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__flows_v_version_audiences",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_flows_v_version_questions_options" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"value" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_flows_v_version_questions_options_locales" (
  	"label" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_flows_v_version_questions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"type" "enum__flows_v_version_questions_type" DEFAULT 'single',
  	"_uuid" varchar
  );
  
  CREATE TABLE "_flows_v_version_questions_locales" (
  	"prompt" varchar,
  	"help" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_flows_v_version_steps" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"kind" "enum__flows_v_version_steps_kind" DEFAULT 'content',
  	"show_when" jsonb,
  	"required" boolean DEFAULT true,
  	"minutes" numeric DEFAULT 5,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_flows_v_version_steps_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_flows_v_version_variants" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"share" numeric,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_flows_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_fallback_when" jsonb,
  	"version_fallback_flow_id" integer,
  	"version_source_hash" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__flows_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__flows_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_flows_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_fallback_message" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_flows_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_flows_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"lessons_id" integer,
  	"courses_id" integer,
  	"videos_id" integer,
  	"checklists_id" integer,
  	"faqs_id" integer
  );
  
  CREATE TABLE "lessons_audiences" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_lessons_audiences",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "lessons_blocks_rich_text" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"content" jsonb,
  	"block_name" varchar
  );
  
  CREATE TABLE "lessons_blocks_video" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"video_id" integer,
  	"block_name" varchar
  );
  
  CREATE TABLE "lessons_blocks_checklist" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"checklist_id" integer,
  	"block_name" varchar
  );
  
  CREATE TABLE "lessons_blocks_callout" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"tone" "enum_lessons_blocks_callout_tone" DEFAULT 'info',
  	"content" jsonb,
  	"block_name" varchar
  );
  
  CREATE TABLE "lessons_blocks_faq" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"faq_id" integer,
  	"block_name" varchar
  );
  
  CREATE TABLE "lessons_blocks_contact" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"note" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "lessons" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"minutes" numeric DEFAULT 5,
  	"readability_override_reason" varchar,
  	"source_hash" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_lessons_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "lessons_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "lessons_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_lessons_v_version_audiences" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__lessons_v_version_audiences",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_lessons_v_blocks_rich_text" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"content" jsonb,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_lessons_v_blocks_video" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"video_id" integer,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_lessons_v_blocks_checklist" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"checklist_id" integer,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_lessons_v_blocks_callout" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"tone" "enum__lessons_v_blocks_callout_tone" DEFAULT 'info',
  	"content" jsonb,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_lessons_v_blocks_faq" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"faq_id" integer,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_lessons_v_blocks_contact" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"note" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_lessons_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_minutes" numeric DEFAULT 5,
  	"version_readability_override_reason" varchar,
  	"version_source_hash" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__lessons_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__lessons_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_lessons_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_lessons_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "courses_audiences" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_courses_audiences",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "courses" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"source_hash" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_courses_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "courses_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "courses_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "courses_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"lessons_id" integer
  );
  
  CREATE TABLE "_courses_v_version_audiences" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__courses_v_version_audiences",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_courses_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_source_hash" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__courses_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__courses_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_courses_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_courses_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_courses_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"lessons_id" integer
  );
  
  CREATE TABLE "videos" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"file_id" integer,
  	"external_url" varchar,
  	"duration_seconds" numeric,
  	"poster_id" integer,
  	"source_hash" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_videos_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "videos_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"captions_id" integer,
  	"transcript" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "videos_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_videos_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_file_id" integer,
  	"version_external_url" varchar,
  	"version_duration_seconds" numeric,
  	"version_poster_id" integer,
  	"version_source_hash" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__videos_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__videos_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_videos_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_captions_id" integer,
  	"version_transcript" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_videos_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "checklists_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"link_url" varchar,
  	"required" boolean DEFAULT true
  );
  
  CREATE TABLE "checklists_items_locales" (
  	"label" varchar,
  	"help" varchar,
  	"link_label" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "checklists" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"source_hash" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_checklists_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "checklists_locales" (
  	"title" varchar,
  	"intro" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "checklists_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_checklists_v_version_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"link_url" varchar,
  	"required" boolean DEFAULT true,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_checklists_v_version_items_locales" (
  	"label" varchar,
  	"help" varchar,
  	"link_label" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_checklists_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_source_hash" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__checklists_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__checklists_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_checklists_v_locales" (
  	"version_title" varchar,
  	"version_intro" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_checklists_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "faqs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"source_hash" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_faqs_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "faqs_locales" (
  	"question" varchar,
  	"answer" jsonb,
  	"category" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "faqs_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "faqs_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"lessons_id" integer,
  	"courses_id" integer,
  	"videos_id" integer,
  	"checklists_id" integer,
  	"faqs_id" integer
  );
  
  CREATE TABLE "_faqs_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_source_hash" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__faqs_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__faqs_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_faqs_v_locales" (
  	"version_question" varchar,
  	"version_answer" jsonb,
  	"version_category" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_faqs_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_faqs_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"lessons_id" integer,
  	"courses_id" integer,
  	"videos_id" integer,
  	"checklists_id" integer,
  	"faqs_id" integer
  );
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"decorative" boolean,
  	"credit" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  CREATE TABLE "media_locales" (
  	"alt" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "video_files" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  CREATE TABLE "caption_files" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"role" "enum_users_role" DEFAULT 'editor' NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"flows_id" integer,
  	"lessons_id" integer,
  	"courses_id" integer,
  	"videos_id" integer,
  	"checklists_id" integer,
  	"faqs_id" integer,
  	"media_id" integer,
  	"video_files_id" integer,
  	"caption_files_id" integer,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "site_settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"contact_phone" varchar,
  	"contact_email" varchar,
  	"contact_booking_url" varchar,
  	"accessibility_compliance" "enum_site_settings_accessibility_compliance" DEFAULT 'partial',
  	"accessibility_feedback_email" varchar,
  	"accessibility_prepared_on" timestamp(3) with time zone,
  	"source_hash" varchar,
  	"lix_limit" numeric DEFAULT 40,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "site_settings_locales" (
  	"site_name" varchar DEFAULT 'Jobunivers' NOT NULL,
  	"contact_hours" varchar,
  	"accessibility_known_issues" varchar,
  	"consent_text" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_site_settings_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"version_contact_phone" varchar,
  	"version_contact_email" varchar,
  	"version_contact_booking_url" varchar,
  	"version_accessibility_compliance" "enum__site_settings_v_version_accessibility_compliance" DEFAULT 'partial',
  	"version_accessibility_feedback_email" varchar,
  	"version_accessibility_prepared_on" timestamp(3) with time zone,
  	"version_source_hash" varchar,
  	"version_lix_limit" numeric DEFAULT 40,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "_site_settings_v_locales" (
  	"version_site_name" varchar DEFAULT 'Jobunivers' NOT NULL,
  	"version_contact_hours" varchar,
  	"version_accessibility_known_issues" varchar,
  	"version_consent_text" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "navigation_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"href" varchar NOT NULL
  );
  
  CREATE TABLE "navigation_items_locales" (
  	"label" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "navigation" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"source_hash" varchar,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "_navigation_v_version_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"href" varchar NOT NULL,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_navigation_v_version_items_locales" (
  	"label" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_navigation_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"version_source_hash" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "flows_audiences" ADD CONSTRAINT "flows_audiences_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."flows"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "flows_questions_options" ADD CONSTRAINT "flows_questions_options_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."flows_questions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "flows_questions_options_locales" ADD CONSTRAINT "flows_questions_options_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."flows_questions_options"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "flows_questions" ADD CONSTRAINT "flows_questions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."flows"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "flows_questions_locales" ADD CONSTRAINT "flows_questions_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."flows_questions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "flows_steps" ADD CONSTRAINT "flows_steps_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."flows"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "flows_steps_locales" ADD CONSTRAINT "flows_steps_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."flows_steps"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "flows_variants" ADD CONSTRAINT "flows_variants_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."flows"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "flows" ADD CONSTRAINT "flows_fallback_flow_id_flows_id_fk" FOREIGN KEY ("fallback_flow_id") REFERENCES "public"."flows"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "flows_locales" ADD CONSTRAINT "flows_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."flows"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "flows_texts" ADD CONSTRAINT "flows_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."flows"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "flows_rels" ADD CONSTRAINT "flows_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."flows"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "flows_rels" ADD CONSTRAINT "flows_rels_lessons_fk" FOREIGN KEY ("lessons_id") REFERENCES "public"."lessons"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "flows_rels" ADD CONSTRAINT "flows_rels_courses_fk" FOREIGN KEY ("courses_id") REFERENCES "public"."courses"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "flows_rels" ADD CONSTRAINT "flows_rels_videos_fk" FOREIGN KEY ("videos_id") REFERENCES "public"."videos"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "flows_rels" ADD CONSTRAINT "flows_rels_checklists_fk" FOREIGN KEY ("checklists_id") REFERENCES "public"."checklists"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "flows_rels" ADD CONSTRAINT "flows_rels_faqs_fk" FOREIGN KEY ("faqs_id") REFERENCES "public"."faqs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_flows_v_version_audiences" ADD CONSTRAINT "_flows_v_version_audiences_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_flows_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_flows_v_version_questions_options" ADD CONSTRAINT "_flows_v_version_questions_options_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_flows_v_version_questions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_flows_v_version_questions_options_locales" ADD CONSTRAINT "_flows_v_version_questions_options_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_flows_v_version_questions_options"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_flows_v_version_questions" ADD CONSTRAINT "_flows_v_version_questions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_flows_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_flows_v_version_questions_locales" ADD CONSTRAINT "_flows_v_version_questions_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_flows_v_version_questions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_flows_v_version_steps" ADD CONSTRAINT "_flows_v_version_steps_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_flows_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_flows_v_version_steps_locales" ADD CONSTRAINT "_flows_v_version_steps_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_flows_v_version_steps"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_flows_v_version_variants" ADD CONSTRAINT "_flows_v_version_variants_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_flows_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_flows_v" ADD CONSTRAINT "_flows_v_parent_id_flows_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."flows"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_flows_v" ADD CONSTRAINT "_flows_v_version_fallback_flow_id_flows_id_fk" FOREIGN KEY ("version_fallback_flow_id") REFERENCES "public"."flows"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_flows_v_locales" ADD CONSTRAINT "_flows_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_flows_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_flows_v_texts" ADD CONSTRAINT "_flows_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_flows_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_flows_v_rels" ADD CONSTRAINT "_flows_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_flows_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_flows_v_rels" ADD CONSTRAINT "_flows_v_rels_lessons_fk" FOREIGN KEY ("lessons_id") REFERENCES "public"."lessons"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_flows_v_rels" ADD CONSTRAINT "_flows_v_rels_courses_fk" FOREIGN KEY ("courses_id") REFERENCES "public"."courses"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_flows_v_rels" ADD CONSTRAINT "_flows_v_rels_videos_fk" FOREIGN KEY ("videos_id") REFERENCES "public"."videos"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_flows_v_rels" ADD CONSTRAINT "_flows_v_rels_checklists_fk" FOREIGN KEY ("checklists_id") REFERENCES "public"."checklists"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_flows_v_rels" ADD CONSTRAINT "_flows_v_rels_faqs_fk" FOREIGN KEY ("faqs_id") REFERENCES "public"."faqs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "lessons_audiences" ADD CONSTRAINT "lessons_audiences_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."lessons"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "lessons_blocks_rich_text" ADD CONSTRAINT "lessons_blocks_rich_text_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."lessons"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "lessons_blocks_video" ADD CONSTRAINT "lessons_blocks_video_video_id_videos_id_fk" FOREIGN KEY ("video_id") REFERENCES "public"."videos"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "lessons_blocks_video" ADD CONSTRAINT "lessons_blocks_video_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."lessons"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "lessons_blocks_checklist" ADD CONSTRAINT "lessons_blocks_checklist_checklist_id_checklists_id_fk" FOREIGN KEY ("checklist_id") REFERENCES "public"."checklists"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "lessons_blocks_checklist" ADD CONSTRAINT "lessons_blocks_checklist_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."lessons"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "lessons_blocks_callout" ADD CONSTRAINT "lessons_blocks_callout_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."lessons"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "lessons_blocks_faq" ADD CONSTRAINT "lessons_blocks_faq_faq_id_faqs_id_fk" FOREIGN KEY ("faq_id") REFERENCES "public"."faqs"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "lessons_blocks_faq" ADD CONSTRAINT "lessons_blocks_faq_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."lessons"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "lessons_blocks_contact" ADD CONSTRAINT "lessons_blocks_contact_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."lessons"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "lessons_locales" ADD CONSTRAINT "lessons_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."lessons"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "lessons_texts" ADD CONSTRAINT "lessons_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."lessons"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_lessons_v_version_audiences" ADD CONSTRAINT "_lessons_v_version_audiences_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_lessons_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_lessons_v_blocks_rich_text" ADD CONSTRAINT "_lessons_v_blocks_rich_text_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_lessons_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_lessons_v_blocks_video" ADD CONSTRAINT "_lessons_v_blocks_video_video_id_videos_id_fk" FOREIGN KEY ("video_id") REFERENCES "public"."videos"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_lessons_v_blocks_video" ADD CONSTRAINT "_lessons_v_blocks_video_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_lessons_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_lessons_v_blocks_checklist" ADD CONSTRAINT "_lessons_v_blocks_checklist_checklist_id_checklists_id_fk" FOREIGN KEY ("checklist_id") REFERENCES "public"."checklists"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_lessons_v_blocks_checklist" ADD CONSTRAINT "_lessons_v_blocks_checklist_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_lessons_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_lessons_v_blocks_callout" ADD CONSTRAINT "_lessons_v_blocks_callout_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_lessons_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_lessons_v_blocks_faq" ADD CONSTRAINT "_lessons_v_blocks_faq_faq_id_faqs_id_fk" FOREIGN KEY ("faq_id") REFERENCES "public"."faqs"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_lessons_v_blocks_faq" ADD CONSTRAINT "_lessons_v_blocks_faq_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_lessons_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_lessons_v_blocks_contact" ADD CONSTRAINT "_lessons_v_blocks_contact_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_lessons_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_lessons_v" ADD CONSTRAINT "_lessons_v_parent_id_lessons_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."lessons"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_lessons_v_locales" ADD CONSTRAINT "_lessons_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_lessons_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_lessons_v_texts" ADD CONSTRAINT "_lessons_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_lessons_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "courses_audiences" ADD CONSTRAINT "courses_audiences_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."courses"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "courses_locales" ADD CONSTRAINT "courses_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."courses"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "courses_texts" ADD CONSTRAINT "courses_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."courses"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "courses_rels" ADD CONSTRAINT "courses_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."courses"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "courses_rels" ADD CONSTRAINT "courses_rels_lessons_fk" FOREIGN KEY ("lessons_id") REFERENCES "public"."lessons"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_courses_v_version_audiences" ADD CONSTRAINT "_courses_v_version_audiences_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_courses_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_courses_v" ADD CONSTRAINT "_courses_v_parent_id_courses_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."courses"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_courses_v_locales" ADD CONSTRAINT "_courses_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_courses_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_courses_v_texts" ADD CONSTRAINT "_courses_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_courses_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_courses_v_rels" ADD CONSTRAINT "_courses_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_courses_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_courses_v_rels" ADD CONSTRAINT "_courses_v_rels_lessons_fk" FOREIGN KEY ("lessons_id") REFERENCES "public"."lessons"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "videos" ADD CONSTRAINT "videos_file_id_video_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."video_files"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "videos" ADD CONSTRAINT "videos_poster_id_media_id_fk" FOREIGN KEY ("poster_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "videos_locales" ADD CONSTRAINT "videos_locales_captions_id_caption_files_id_fk" FOREIGN KEY ("captions_id") REFERENCES "public"."caption_files"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "videos_locales" ADD CONSTRAINT "videos_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."videos"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "videos_texts" ADD CONSTRAINT "videos_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."videos"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_videos_v" ADD CONSTRAINT "_videos_v_parent_id_videos_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."videos"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_videos_v" ADD CONSTRAINT "_videos_v_version_file_id_video_files_id_fk" FOREIGN KEY ("version_file_id") REFERENCES "public"."video_files"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_videos_v" ADD CONSTRAINT "_videos_v_version_poster_id_media_id_fk" FOREIGN KEY ("version_poster_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_videos_v_locales" ADD CONSTRAINT "_videos_v_locales_version_captions_id_caption_files_id_fk" FOREIGN KEY ("version_captions_id") REFERENCES "public"."caption_files"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_videos_v_locales" ADD CONSTRAINT "_videos_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_videos_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_videos_v_texts" ADD CONSTRAINT "_videos_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_videos_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "checklists_items" ADD CONSTRAINT "checklists_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."checklists"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "checklists_items_locales" ADD CONSTRAINT "checklists_items_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."checklists_items"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "checklists_locales" ADD CONSTRAINT "checklists_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."checklists"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "checklists_texts" ADD CONSTRAINT "checklists_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."checklists"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_checklists_v_version_items" ADD CONSTRAINT "_checklists_v_version_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_checklists_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_checklists_v_version_items_locales" ADD CONSTRAINT "_checklists_v_version_items_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_checklists_v_version_items"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_checklists_v" ADD CONSTRAINT "_checklists_v_parent_id_checklists_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."checklists"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_checklists_v_locales" ADD CONSTRAINT "_checklists_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_checklists_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_checklists_v_texts" ADD CONSTRAINT "_checklists_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_checklists_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "faqs_locales" ADD CONSTRAINT "faqs_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."faqs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "faqs_texts" ADD CONSTRAINT "faqs_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."faqs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "faqs_rels" ADD CONSTRAINT "faqs_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."faqs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "faqs_rels" ADD CONSTRAINT "faqs_rels_lessons_fk" FOREIGN KEY ("lessons_id") REFERENCES "public"."lessons"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "faqs_rels" ADD CONSTRAINT "faqs_rels_courses_fk" FOREIGN KEY ("courses_id") REFERENCES "public"."courses"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "faqs_rels" ADD CONSTRAINT "faqs_rels_videos_fk" FOREIGN KEY ("videos_id") REFERENCES "public"."videos"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "faqs_rels" ADD CONSTRAINT "faqs_rels_checklists_fk" FOREIGN KEY ("checklists_id") REFERENCES "public"."checklists"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "faqs_rels" ADD CONSTRAINT "faqs_rels_faqs_fk" FOREIGN KEY ("faqs_id") REFERENCES "public"."faqs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_faqs_v" ADD CONSTRAINT "_faqs_v_parent_id_faqs_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."faqs"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_faqs_v_locales" ADD CONSTRAINT "_faqs_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_faqs_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_faqs_v_texts" ADD CONSTRAINT "_faqs_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_faqs_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_faqs_v_rels" ADD CONSTRAINT "_faqs_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_faqs_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_faqs_v_rels" ADD CONSTRAINT "_faqs_v_rels_lessons_fk" FOREIGN KEY ("lessons_id") REFERENCES "public"."lessons"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_faqs_v_rels" ADD CONSTRAINT "_faqs_v_rels_courses_fk" FOREIGN KEY ("courses_id") REFERENCES "public"."courses"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_faqs_v_rels" ADD CONSTRAINT "_faqs_v_rels_videos_fk" FOREIGN KEY ("videos_id") REFERENCES "public"."videos"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_faqs_v_rels" ADD CONSTRAINT "_faqs_v_rels_checklists_fk" FOREIGN KEY ("checklists_id") REFERENCES "public"."checklists"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_faqs_v_rels" ADD CONSTRAINT "_faqs_v_rels_faqs_fk" FOREIGN KEY ("faqs_id") REFERENCES "public"."faqs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "media_locales" ADD CONSTRAINT "media_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_flows_fk" FOREIGN KEY ("flows_id") REFERENCES "public"."flows"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_lessons_fk" FOREIGN KEY ("lessons_id") REFERENCES "public"."lessons"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_courses_fk" FOREIGN KEY ("courses_id") REFERENCES "public"."courses"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_videos_fk" FOREIGN KEY ("videos_id") REFERENCES "public"."videos"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_checklists_fk" FOREIGN KEY ("checklists_id") REFERENCES "public"."checklists"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_faqs_fk" FOREIGN KEY ("faqs_id") REFERENCES "public"."faqs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_video_files_fk" FOREIGN KEY ("video_files_id") REFERENCES "public"."video_files"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_caption_files_fk" FOREIGN KEY ("caption_files_id") REFERENCES "public"."caption_files"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site_settings_locales" ADD CONSTRAINT "site_settings_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."site_settings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_site_settings_v_locales" ADD CONSTRAINT "_site_settings_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_site_settings_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "navigation_items" ADD CONSTRAINT "navigation_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."navigation"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "navigation_items_locales" ADD CONSTRAINT "navigation_items_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."navigation_items"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_navigation_v_version_items" ADD CONSTRAINT "_navigation_v_version_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_navigation_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_navigation_v_version_items_locales" ADD CONSTRAINT "_navigation_v_version_items_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_navigation_v_version_items"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "flows_audiences_order_idx" ON "flows_audiences" USING btree ("order");
  CREATE INDEX "flows_audiences_parent_idx" ON "flows_audiences" USING btree ("parent_id");
  CREATE INDEX "flows_questions_options_order_idx" ON "flows_questions_options" USING btree ("_order");
  CREATE INDEX "flows_questions_options_parent_id_idx" ON "flows_questions_options" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "flows_questions_options_locales_locale_parent_id_unique" ON "flows_questions_options_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "flows_questions_order_idx" ON "flows_questions" USING btree ("_order");
  CREATE INDEX "flows_questions_parent_id_idx" ON "flows_questions" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "flows_questions_locales_locale_parent_id_unique" ON "flows_questions_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "flows_steps_order_idx" ON "flows_steps" USING btree ("_order");
  CREATE INDEX "flows_steps_parent_id_idx" ON "flows_steps" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "flows_steps_locales_locale_parent_id_unique" ON "flows_steps_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "flows_variants_order_idx" ON "flows_variants" USING btree ("_order");
  CREATE INDEX "flows_variants_parent_id_idx" ON "flows_variants" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "flows_slug_idx" ON "flows" USING btree ("slug");
  CREATE INDEX "flows_fallback_fallback_flow_idx" ON "flows" USING btree ("fallback_flow_id");
  CREATE INDEX "flows_updated_at_idx" ON "flows" USING btree ("updated_at");
  CREATE INDEX "flows_created_at_idx" ON "flows" USING btree ("created_at");
  CREATE INDEX "flows__status_idx" ON "flows" USING btree ("_status");
  CREATE UNIQUE INDEX "flows_locales_locale_parent_id_unique" ON "flows_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "flows_texts_order_parent" ON "flows_texts" USING btree ("order","parent_id");
  CREATE INDEX "flows_rels_order_idx" ON "flows_rels" USING btree ("order");
  CREATE INDEX "flows_rels_parent_idx" ON "flows_rels" USING btree ("parent_id");
  CREATE INDEX "flows_rels_path_idx" ON "flows_rels" USING btree ("path");
  CREATE INDEX "flows_rels_lessons_id_idx" ON "flows_rels" USING btree ("lessons_id");
  CREATE INDEX "flows_rels_courses_id_idx" ON "flows_rels" USING btree ("courses_id");
  CREATE INDEX "flows_rels_videos_id_idx" ON "flows_rels" USING btree ("videos_id");
  CREATE INDEX "flows_rels_checklists_id_idx" ON "flows_rels" USING btree ("checklists_id");
  CREATE INDEX "flows_rels_faqs_id_idx" ON "flows_rels" USING btree ("faqs_id");
  CREATE INDEX "_flows_v_version_audiences_order_idx" ON "_flows_v_version_audiences" USING btree ("order");
  CREATE INDEX "_flows_v_version_audiences_parent_idx" ON "_flows_v_version_audiences" USING btree ("parent_id");
  CREATE INDEX "_flows_v_version_questions_options_order_idx" ON "_flows_v_version_questions_options" USING btree ("_order");
  CREATE INDEX "_flows_v_version_questions_options_parent_id_idx" ON "_flows_v_version_questions_options" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_flows_v_version_questions_options_locales_locale_parent_id_" ON "_flows_v_version_questions_options_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_flows_v_version_questions_order_idx" ON "_flows_v_version_questions" USING btree ("_order");
  CREATE INDEX "_flows_v_version_questions_parent_id_idx" ON "_flows_v_version_questions" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_flows_v_version_questions_locales_locale_parent_id_unique" ON "_flows_v_version_questions_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_flows_v_version_steps_order_idx" ON "_flows_v_version_steps" USING btree ("_order");
  CREATE INDEX "_flows_v_version_steps_parent_id_idx" ON "_flows_v_version_steps" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_flows_v_version_steps_locales_locale_parent_id_unique" ON "_flows_v_version_steps_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_flows_v_version_variants_order_idx" ON "_flows_v_version_variants" USING btree ("_order");
  CREATE INDEX "_flows_v_version_variants_parent_id_idx" ON "_flows_v_version_variants" USING btree ("_parent_id");
  CREATE INDEX "_flows_v_parent_idx" ON "_flows_v" USING btree ("parent_id");
  CREATE INDEX "_flows_v_version_version_slug_idx" ON "_flows_v" USING btree ("version_slug");
  CREATE INDEX "_flows_v_version_fallback_version_fallback_flow_idx" ON "_flows_v" USING btree ("version_fallback_flow_id");
  CREATE INDEX "_flows_v_version_version_updated_at_idx" ON "_flows_v" USING btree ("version_updated_at");
  CREATE INDEX "_flows_v_version_version_created_at_idx" ON "_flows_v" USING btree ("version_created_at");
  CREATE INDEX "_flows_v_version_version__status_idx" ON "_flows_v" USING btree ("version__status");
  CREATE INDEX "_flows_v_created_at_idx" ON "_flows_v" USING btree ("created_at");
  CREATE INDEX "_flows_v_updated_at_idx" ON "_flows_v" USING btree ("updated_at");
  CREATE INDEX "_flows_v_snapshot_idx" ON "_flows_v" USING btree ("snapshot");
  CREATE INDEX "_flows_v_published_locale_idx" ON "_flows_v" USING btree ("published_locale");
  CREATE INDEX "_flows_v_latest_idx" ON "_flows_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_flows_v_locales_locale_parent_id_unique" ON "_flows_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_flows_v_texts_order_parent" ON "_flows_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "_flows_v_rels_order_idx" ON "_flows_v_rels" USING btree ("order");
  CREATE INDEX "_flows_v_rels_parent_idx" ON "_flows_v_rels" USING btree ("parent_id");
  CREATE INDEX "_flows_v_rels_path_idx" ON "_flows_v_rels" USING btree ("path");
  CREATE INDEX "_flows_v_rels_lessons_id_idx" ON "_flows_v_rels" USING btree ("lessons_id");
  CREATE INDEX "_flows_v_rels_courses_id_idx" ON "_flows_v_rels" USING btree ("courses_id");
  CREATE INDEX "_flows_v_rels_videos_id_idx" ON "_flows_v_rels" USING btree ("videos_id");
  CREATE INDEX "_flows_v_rels_checklists_id_idx" ON "_flows_v_rels" USING btree ("checklists_id");
  CREATE INDEX "_flows_v_rels_faqs_id_idx" ON "_flows_v_rels" USING btree ("faqs_id");
  CREATE INDEX "lessons_audiences_order_idx" ON "lessons_audiences" USING btree ("order");
  CREATE INDEX "lessons_audiences_parent_idx" ON "lessons_audiences" USING btree ("parent_id");
  CREATE INDEX "lessons_blocks_rich_text_order_idx" ON "lessons_blocks_rich_text" USING btree ("_order");
  CREATE INDEX "lessons_blocks_rich_text_parent_id_idx" ON "lessons_blocks_rich_text" USING btree ("_parent_id");
  CREATE INDEX "lessons_blocks_rich_text_path_idx" ON "lessons_blocks_rich_text" USING btree ("_path");
  CREATE INDEX "lessons_blocks_rich_text_locale_idx" ON "lessons_blocks_rich_text" USING btree ("_locale");
  CREATE INDEX "lessons_blocks_video_order_idx" ON "lessons_blocks_video" USING btree ("_order");
  CREATE INDEX "lessons_blocks_video_parent_id_idx" ON "lessons_blocks_video" USING btree ("_parent_id");
  CREATE INDEX "lessons_blocks_video_path_idx" ON "lessons_blocks_video" USING btree ("_path");
  CREATE INDEX "lessons_blocks_video_locale_idx" ON "lessons_blocks_video" USING btree ("_locale");
  CREATE INDEX "lessons_blocks_video_video_idx" ON "lessons_blocks_video" USING btree ("video_id");
  CREATE INDEX "lessons_blocks_checklist_order_idx" ON "lessons_blocks_checklist" USING btree ("_order");
  CREATE INDEX "lessons_blocks_checklist_parent_id_idx" ON "lessons_blocks_checklist" USING btree ("_parent_id");
  CREATE INDEX "lessons_blocks_checklist_path_idx" ON "lessons_blocks_checklist" USING btree ("_path");
  CREATE INDEX "lessons_blocks_checklist_locale_idx" ON "lessons_blocks_checklist" USING btree ("_locale");
  CREATE INDEX "lessons_blocks_checklist_checklist_idx" ON "lessons_blocks_checklist" USING btree ("checklist_id");
  CREATE INDEX "lessons_blocks_callout_order_idx" ON "lessons_blocks_callout" USING btree ("_order");
  CREATE INDEX "lessons_blocks_callout_parent_id_idx" ON "lessons_blocks_callout" USING btree ("_parent_id");
  CREATE INDEX "lessons_blocks_callout_path_idx" ON "lessons_blocks_callout" USING btree ("_path");
  CREATE INDEX "lessons_blocks_callout_locale_idx" ON "lessons_blocks_callout" USING btree ("_locale");
  CREATE INDEX "lessons_blocks_faq_order_idx" ON "lessons_blocks_faq" USING btree ("_order");
  CREATE INDEX "lessons_blocks_faq_parent_id_idx" ON "lessons_blocks_faq" USING btree ("_parent_id");
  CREATE INDEX "lessons_blocks_faq_path_idx" ON "lessons_blocks_faq" USING btree ("_path");
  CREATE INDEX "lessons_blocks_faq_locale_idx" ON "lessons_blocks_faq" USING btree ("_locale");
  CREATE INDEX "lessons_blocks_faq_faq_idx" ON "lessons_blocks_faq" USING btree ("faq_id");
  CREATE INDEX "lessons_blocks_contact_order_idx" ON "lessons_blocks_contact" USING btree ("_order");
  CREATE INDEX "lessons_blocks_contact_parent_id_idx" ON "lessons_blocks_contact" USING btree ("_parent_id");
  CREATE INDEX "lessons_blocks_contact_path_idx" ON "lessons_blocks_contact" USING btree ("_path");
  CREATE INDEX "lessons_blocks_contact_locale_idx" ON "lessons_blocks_contact" USING btree ("_locale");
  CREATE UNIQUE INDEX "lessons_slug_idx" ON "lessons" USING btree ("slug");
  CREATE INDEX "lessons_updated_at_idx" ON "lessons" USING btree ("updated_at");
  CREATE INDEX "lessons_created_at_idx" ON "lessons" USING btree ("created_at");
  CREATE INDEX "lessons__status_idx" ON "lessons" USING btree ("_status");
  CREATE UNIQUE INDEX "lessons_locales_locale_parent_id_unique" ON "lessons_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "lessons_texts_order_parent" ON "lessons_texts" USING btree ("order","parent_id");
  CREATE INDEX "_lessons_v_version_audiences_order_idx" ON "_lessons_v_version_audiences" USING btree ("order");
  CREATE INDEX "_lessons_v_version_audiences_parent_idx" ON "_lessons_v_version_audiences" USING btree ("parent_id");
  CREATE INDEX "_lessons_v_blocks_rich_text_order_idx" ON "_lessons_v_blocks_rich_text" USING btree ("_order");
  CREATE INDEX "_lessons_v_blocks_rich_text_parent_id_idx" ON "_lessons_v_blocks_rich_text" USING btree ("_parent_id");
  CREATE INDEX "_lessons_v_blocks_rich_text_path_idx" ON "_lessons_v_blocks_rich_text" USING btree ("_path");
  CREATE INDEX "_lessons_v_blocks_rich_text_locale_idx" ON "_lessons_v_blocks_rich_text" USING btree ("_locale");
  CREATE INDEX "_lessons_v_blocks_video_order_idx" ON "_lessons_v_blocks_video" USING btree ("_order");
  CREATE INDEX "_lessons_v_blocks_video_parent_id_idx" ON "_lessons_v_blocks_video" USING btree ("_parent_id");
  CREATE INDEX "_lessons_v_blocks_video_path_idx" ON "_lessons_v_blocks_video" USING btree ("_path");
  CREATE INDEX "_lessons_v_blocks_video_locale_idx" ON "_lessons_v_blocks_video" USING btree ("_locale");
  CREATE INDEX "_lessons_v_blocks_video_video_idx" ON "_lessons_v_blocks_video" USING btree ("video_id");
  CREATE INDEX "_lessons_v_blocks_checklist_order_idx" ON "_lessons_v_blocks_checklist" USING btree ("_order");
  CREATE INDEX "_lessons_v_blocks_checklist_parent_id_idx" ON "_lessons_v_blocks_checklist" USING btree ("_parent_id");
  CREATE INDEX "_lessons_v_blocks_checklist_path_idx" ON "_lessons_v_blocks_checklist" USING btree ("_path");
  CREATE INDEX "_lessons_v_blocks_checklist_locale_idx" ON "_lessons_v_blocks_checklist" USING btree ("_locale");
  CREATE INDEX "_lessons_v_blocks_checklist_checklist_idx" ON "_lessons_v_blocks_checklist" USING btree ("checklist_id");
  CREATE INDEX "_lessons_v_blocks_callout_order_idx" ON "_lessons_v_blocks_callout" USING btree ("_order");
  CREATE INDEX "_lessons_v_blocks_callout_parent_id_idx" ON "_lessons_v_blocks_callout" USING btree ("_parent_id");
  CREATE INDEX "_lessons_v_blocks_callout_path_idx" ON "_lessons_v_blocks_callout" USING btree ("_path");
  CREATE INDEX "_lessons_v_blocks_callout_locale_idx" ON "_lessons_v_blocks_callout" USING btree ("_locale");
  CREATE INDEX "_lessons_v_blocks_faq_order_idx" ON "_lessons_v_blocks_faq" USING btree ("_order");
  CREATE INDEX "_lessons_v_blocks_faq_parent_id_idx" ON "_lessons_v_blocks_faq" USING btree ("_parent_id");
  CREATE INDEX "_lessons_v_blocks_faq_path_idx" ON "_lessons_v_blocks_faq" USING btree ("_path");
  CREATE INDEX "_lessons_v_blocks_faq_locale_idx" ON "_lessons_v_blocks_faq" USING btree ("_locale");
  CREATE INDEX "_lessons_v_blocks_faq_faq_idx" ON "_lessons_v_blocks_faq" USING btree ("faq_id");
  CREATE INDEX "_lessons_v_blocks_contact_order_idx" ON "_lessons_v_blocks_contact" USING btree ("_order");
  CREATE INDEX "_lessons_v_blocks_contact_parent_id_idx" ON "_lessons_v_blocks_contact" USING btree ("_parent_id");
  CREATE INDEX "_lessons_v_blocks_contact_path_idx" ON "_lessons_v_blocks_contact" USING btree ("_path");
  CREATE INDEX "_lessons_v_blocks_contact_locale_idx" ON "_lessons_v_blocks_contact" USING btree ("_locale");
  CREATE INDEX "_lessons_v_parent_idx" ON "_lessons_v" USING btree ("parent_id");
  CREATE INDEX "_lessons_v_version_version_slug_idx" ON "_lessons_v" USING btree ("version_slug");
  CREATE INDEX "_lessons_v_version_version_updated_at_idx" ON "_lessons_v" USING btree ("version_updated_at");
  CREATE INDEX "_lessons_v_version_version_created_at_idx" ON "_lessons_v" USING btree ("version_created_at");
  CREATE INDEX "_lessons_v_version_version__status_idx" ON "_lessons_v" USING btree ("version__status");
  CREATE INDEX "_lessons_v_created_at_idx" ON "_lessons_v" USING btree ("created_at");
  CREATE INDEX "_lessons_v_updated_at_idx" ON "_lessons_v" USING btree ("updated_at");
  CREATE INDEX "_lessons_v_snapshot_idx" ON "_lessons_v" USING btree ("snapshot");
  CREATE INDEX "_lessons_v_published_locale_idx" ON "_lessons_v" USING btree ("published_locale");
  CREATE INDEX "_lessons_v_latest_idx" ON "_lessons_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_lessons_v_locales_locale_parent_id_unique" ON "_lessons_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_lessons_v_texts_order_parent" ON "_lessons_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "courses_audiences_order_idx" ON "courses_audiences" USING btree ("order");
  CREATE INDEX "courses_audiences_parent_idx" ON "courses_audiences" USING btree ("parent_id");
  CREATE UNIQUE INDEX "courses_slug_idx" ON "courses" USING btree ("slug");
  CREATE INDEX "courses_updated_at_idx" ON "courses" USING btree ("updated_at");
  CREATE INDEX "courses_created_at_idx" ON "courses" USING btree ("created_at");
  CREATE INDEX "courses__status_idx" ON "courses" USING btree ("_status");
  CREATE UNIQUE INDEX "courses_locales_locale_parent_id_unique" ON "courses_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "courses_texts_order_parent" ON "courses_texts" USING btree ("order","parent_id");
  CREATE INDEX "courses_rels_order_idx" ON "courses_rels" USING btree ("order");
  CREATE INDEX "courses_rels_parent_idx" ON "courses_rels" USING btree ("parent_id");
  CREATE INDEX "courses_rels_path_idx" ON "courses_rels" USING btree ("path");
  CREATE INDEX "courses_rels_lessons_id_idx" ON "courses_rels" USING btree ("lessons_id");
  CREATE INDEX "_courses_v_version_audiences_order_idx" ON "_courses_v_version_audiences" USING btree ("order");
  CREATE INDEX "_courses_v_version_audiences_parent_idx" ON "_courses_v_version_audiences" USING btree ("parent_id");
  CREATE INDEX "_courses_v_parent_idx" ON "_courses_v" USING btree ("parent_id");
  CREATE INDEX "_courses_v_version_version_slug_idx" ON "_courses_v" USING btree ("version_slug");
  CREATE INDEX "_courses_v_version_version_updated_at_idx" ON "_courses_v" USING btree ("version_updated_at");
  CREATE INDEX "_courses_v_version_version_created_at_idx" ON "_courses_v" USING btree ("version_created_at");
  CREATE INDEX "_courses_v_version_version__status_idx" ON "_courses_v" USING btree ("version__status");
  CREATE INDEX "_courses_v_created_at_idx" ON "_courses_v" USING btree ("created_at");
  CREATE INDEX "_courses_v_updated_at_idx" ON "_courses_v" USING btree ("updated_at");
  CREATE INDEX "_courses_v_snapshot_idx" ON "_courses_v" USING btree ("snapshot");
  CREATE INDEX "_courses_v_published_locale_idx" ON "_courses_v" USING btree ("published_locale");
  CREATE INDEX "_courses_v_latest_idx" ON "_courses_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_courses_v_locales_locale_parent_id_unique" ON "_courses_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_courses_v_texts_order_parent" ON "_courses_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "_courses_v_rels_order_idx" ON "_courses_v_rels" USING btree ("order");
  CREATE INDEX "_courses_v_rels_parent_idx" ON "_courses_v_rels" USING btree ("parent_id");
  CREATE INDEX "_courses_v_rels_path_idx" ON "_courses_v_rels" USING btree ("path");
  CREATE INDEX "_courses_v_rels_lessons_id_idx" ON "_courses_v_rels" USING btree ("lessons_id");
  CREATE UNIQUE INDEX "videos_slug_idx" ON "videos" USING btree ("slug");
  CREATE INDEX "videos_file_idx" ON "videos" USING btree ("file_id");
  CREATE INDEX "videos_poster_idx" ON "videos" USING btree ("poster_id");
  CREATE INDEX "videos_updated_at_idx" ON "videos" USING btree ("updated_at");
  CREATE INDEX "videos_created_at_idx" ON "videos" USING btree ("created_at");
  CREATE INDEX "videos__status_idx" ON "videos" USING btree ("_status");
  CREATE INDEX "videos_captions_idx" ON "videos_locales" USING btree ("captions_id","_locale");
  CREATE UNIQUE INDEX "videos_locales_locale_parent_id_unique" ON "videos_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "videos_texts_order_parent" ON "videos_texts" USING btree ("order","parent_id");
  CREATE INDEX "_videos_v_parent_idx" ON "_videos_v" USING btree ("parent_id");
  CREATE INDEX "_videos_v_version_version_slug_idx" ON "_videos_v" USING btree ("version_slug");
  CREATE INDEX "_videos_v_version_version_file_idx" ON "_videos_v" USING btree ("version_file_id");
  CREATE INDEX "_videos_v_version_version_poster_idx" ON "_videos_v" USING btree ("version_poster_id");
  CREATE INDEX "_videos_v_version_version_updated_at_idx" ON "_videos_v" USING btree ("version_updated_at");
  CREATE INDEX "_videos_v_version_version_created_at_idx" ON "_videos_v" USING btree ("version_created_at");
  CREATE INDEX "_videos_v_version_version__status_idx" ON "_videos_v" USING btree ("version__status");
  CREATE INDEX "_videos_v_created_at_idx" ON "_videos_v" USING btree ("created_at");
  CREATE INDEX "_videos_v_updated_at_idx" ON "_videos_v" USING btree ("updated_at");
  CREATE INDEX "_videos_v_snapshot_idx" ON "_videos_v" USING btree ("snapshot");
  CREATE INDEX "_videos_v_published_locale_idx" ON "_videos_v" USING btree ("published_locale");
  CREATE INDEX "_videos_v_latest_idx" ON "_videos_v" USING btree ("latest");
  CREATE INDEX "_videos_v_version_version_captions_idx" ON "_videos_v_locales" USING btree ("version_captions_id","_locale");
  CREATE UNIQUE INDEX "_videos_v_locales_locale_parent_id_unique" ON "_videos_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_videos_v_texts_order_parent" ON "_videos_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "checklists_items_order_idx" ON "checklists_items" USING btree ("_order");
  CREATE INDEX "checklists_items_parent_id_idx" ON "checklists_items" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "checklists_items_locales_locale_parent_id_unique" ON "checklists_items_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "checklists_slug_idx" ON "checklists" USING btree ("slug");
  CREATE INDEX "checklists_updated_at_idx" ON "checklists" USING btree ("updated_at");
  CREATE INDEX "checklists_created_at_idx" ON "checklists" USING btree ("created_at");
  CREATE INDEX "checklists__status_idx" ON "checklists" USING btree ("_status");
  CREATE UNIQUE INDEX "checklists_locales_locale_parent_id_unique" ON "checklists_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "checklists_texts_order_parent" ON "checklists_texts" USING btree ("order","parent_id");
  CREATE INDEX "_checklists_v_version_items_order_idx" ON "_checklists_v_version_items" USING btree ("_order");
  CREATE INDEX "_checklists_v_version_items_parent_id_idx" ON "_checklists_v_version_items" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_checklists_v_version_items_locales_locale_parent_id_unique" ON "_checklists_v_version_items_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_checklists_v_parent_idx" ON "_checklists_v" USING btree ("parent_id");
  CREATE INDEX "_checklists_v_version_version_slug_idx" ON "_checklists_v" USING btree ("version_slug");
  CREATE INDEX "_checklists_v_version_version_updated_at_idx" ON "_checklists_v" USING btree ("version_updated_at");
  CREATE INDEX "_checklists_v_version_version_created_at_idx" ON "_checklists_v" USING btree ("version_created_at");
  CREATE INDEX "_checklists_v_version_version__status_idx" ON "_checklists_v" USING btree ("version__status");
  CREATE INDEX "_checklists_v_created_at_idx" ON "_checklists_v" USING btree ("created_at");
  CREATE INDEX "_checklists_v_updated_at_idx" ON "_checklists_v" USING btree ("updated_at");
  CREATE INDEX "_checklists_v_snapshot_idx" ON "_checklists_v" USING btree ("snapshot");
  CREATE INDEX "_checklists_v_published_locale_idx" ON "_checklists_v" USING btree ("published_locale");
  CREATE INDEX "_checklists_v_latest_idx" ON "_checklists_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_checklists_v_locales_locale_parent_id_unique" ON "_checklists_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_checklists_v_texts_order_parent" ON "_checklists_v_texts" USING btree ("order","parent_id");
  CREATE UNIQUE INDEX "faqs_slug_idx" ON "faqs" USING btree ("slug");
  CREATE INDEX "faqs_updated_at_idx" ON "faqs" USING btree ("updated_at");
  CREATE INDEX "faqs_created_at_idx" ON "faqs" USING btree ("created_at");
  CREATE INDEX "faqs__status_idx" ON "faqs" USING btree ("_status");
  CREATE UNIQUE INDEX "faqs_locales_locale_parent_id_unique" ON "faqs_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "faqs_texts_order_parent" ON "faqs_texts" USING btree ("order","parent_id");
  CREATE INDEX "faqs_rels_order_idx" ON "faqs_rels" USING btree ("order");
  CREATE INDEX "faqs_rels_parent_idx" ON "faqs_rels" USING btree ("parent_id");
  CREATE INDEX "faqs_rels_path_idx" ON "faqs_rels" USING btree ("path");
  CREATE INDEX "faqs_rels_lessons_id_idx" ON "faqs_rels" USING btree ("lessons_id");
  CREATE INDEX "faqs_rels_courses_id_idx" ON "faqs_rels" USING btree ("courses_id");
  CREATE INDEX "faqs_rels_videos_id_idx" ON "faqs_rels" USING btree ("videos_id");
  CREATE INDEX "faqs_rels_checklists_id_idx" ON "faqs_rels" USING btree ("checklists_id");
  CREATE INDEX "faqs_rels_faqs_id_idx" ON "faqs_rels" USING btree ("faqs_id");
  CREATE INDEX "_faqs_v_parent_idx" ON "_faqs_v" USING btree ("parent_id");
  CREATE INDEX "_faqs_v_version_version_slug_idx" ON "_faqs_v" USING btree ("version_slug");
  CREATE INDEX "_faqs_v_version_version_updated_at_idx" ON "_faqs_v" USING btree ("version_updated_at");
  CREATE INDEX "_faqs_v_version_version_created_at_idx" ON "_faqs_v" USING btree ("version_created_at");
  CREATE INDEX "_faqs_v_version_version__status_idx" ON "_faqs_v" USING btree ("version__status");
  CREATE INDEX "_faqs_v_created_at_idx" ON "_faqs_v" USING btree ("created_at");
  CREATE INDEX "_faqs_v_updated_at_idx" ON "_faqs_v" USING btree ("updated_at");
  CREATE INDEX "_faqs_v_snapshot_idx" ON "_faqs_v" USING btree ("snapshot");
  CREATE INDEX "_faqs_v_published_locale_idx" ON "_faqs_v" USING btree ("published_locale");
  CREATE INDEX "_faqs_v_latest_idx" ON "_faqs_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_faqs_v_locales_locale_parent_id_unique" ON "_faqs_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_faqs_v_texts_order_parent" ON "_faqs_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "_faqs_v_rels_order_idx" ON "_faqs_v_rels" USING btree ("order");
  CREATE INDEX "_faqs_v_rels_parent_idx" ON "_faqs_v_rels" USING btree ("parent_id");
  CREATE INDEX "_faqs_v_rels_path_idx" ON "_faqs_v_rels" USING btree ("path");
  CREATE INDEX "_faqs_v_rels_lessons_id_idx" ON "_faqs_v_rels" USING btree ("lessons_id");
  CREATE INDEX "_faqs_v_rels_courses_id_idx" ON "_faqs_v_rels" USING btree ("courses_id");
  CREATE INDEX "_faqs_v_rels_videos_id_idx" ON "_faqs_v_rels" USING btree ("videos_id");
  CREATE INDEX "_faqs_v_rels_checklists_id_idx" ON "_faqs_v_rels" USING btree ("checklists_id");
  CREATE INDEX "_faqs_v_rels_faqs_id_idx" ON "_faqs_v_rels" USING btree ("faqs_id");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE UNIQUE INDEX "media_locales_locale_parent_id_unique" ON "media_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "video_files_updated_at_idx" ON "video_files" USING btree ("updated_at");
  CREATE INDEX "video_files_created_at_idx" ON "video_files" USING btree ("created_at");
  CREATE UNIQUE INDEX "video_files_filename_idx" ON "video_files" USING btree ("filename");
  CREATE INDEX "caption_files_updated_at_idx" ON "caption_files" USING btree ("updated_at");
  CREATE INDEX "caption_files_created_at_idx" ON "caption_files" USING btree ("created_at");
  CREATE UNIQUE INDEX "caption_files_filename_idx" ON "caption_files" USING btree ("filename");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_flows_id_idx" ON "payload_locked_documents_rels" USING btree ("flows_id");
  CREATE INDEX "payload_locked_documents_rels_lessons_id_idx" ON "payload_locked_documents_rels" USING btree ("lessons_id");
  CREATE INDEX "payload_locked_documents_rels_courses_id_idx" ON "payload_locked_documents_rels" USING btree ("courses_id");
  CREATE INDEX "payload_locked_documents_rels_videos_id_idx" ON "payload_locked_documents_rels" USING btree ("videos_id");
  CREATE INDEX "payload_locked_documents_rels_checklists_id_idx" ON "payload_locked_documents_rels" USING btree ("checklists_id");
  CREATE INDEX "payload_locked_documents_rels_faqs_id_idx" ON "payload_locked_documents_rels" USING btree ("faqs_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_video_files_id_idx" ON "payload_locked_documents_rels" USING btree ("video_files_id");
  CREATE INDEX "payload_locked_documents_rels_caption_files_id_idx" ON "payload_locked_documents_rels" USING btree ("caption_files_id");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");
  CREATE UNIQUE INDEX "site_settings_locales_locale_parent_id_unique" ON "site_settings_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_site_settings_v_created_at_idx" ON "_site_settings_v" USING btree ("created_at");
  CREATE INDEX "_site_settings_v_updated_at_idx" ON "_site_settings_v" USING btree ("updated_at");
  CREATE UNIQUE INDEX "_site_settings_v_locales_locale_parent_id_unique" ON "_site_settings_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "navigation_items_order_idx" ON "navigation_items" USING btree ("_order");
  CREATE INDEX "navigation_items_parent_id_idx" ON "navigation_items" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "navigation_items_locales_locale_parent_id_unique" ON "navigation_items_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_navigation_v_version_items_order_idx" ON "_navigation_v_version_items" USING btree ("_order");
  CREATE INDEX "_navigation_v_version_items_parent_id_idx" ON "_navigation_v_version_items" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_navigation_v_version_items_locales_locale_parent_id_unique" ON "_navigation_v_version_items_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_navigation_v_created_at_idx" ON "_navigation_v" USING btree ("created_at");
  CREATE INDEX "_navigation_v_updated_at_idx" ON "_navigation_v" USING btree ("updated_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "flows_audiences" CASCADE;
  DROP TABLE "flows_questions_options" CASCADE;
  DROP TABLE "flows_questions_options_locales" CASCADE;
  DROP TABLE "flows_questions" CASCADE;
  DROP TABLE "flows_questions_locales" CASCADE;
  DROP TABLE "flows_steps" CASCADE;
  DROP TABLE "flows_steps_locales" CASCADE;
  DROP TABLE "flows_variants" CASCADE;
  DROP TABLE "flows" CASCADE;
  DROP TABLE "flows_locales" CASCADE;
  DROP TABLE "flows_texts" CASCADE;
  DROP TABLE "flows_rels" CASCADE;
  DROP TABLE "_flows_v_version_audiences" CASCADE;
  DROP TABLE "_flows_v_version_questions_options" CASCADE;
  DROP TABLE "_flows_v_version_questions_options_locales" CASCADE;
  DROP TABLE "_flows_v_version_questions" CASCADE;
  DROP TABLE "_flows_v_version_questions_locales" CASCADE;
  DROP TABLE "_flows_v_version_steps" CASCADE;
  DROP TABLE "_flows_v_version_steps_locales" CASCADE;
  DROP TABLE "_flows_v_version_variants" CASCADE;
  DROP TABLE "_flows_v" CASCADE;
  DROP TABLE "_flows_v_locales" CASCADE;
  DROP TABLE "_flows_v_texts" CASCADE;
  DROP TABLE "_flows_v_rels" CASCADE;
  DROP TABLE "lessons_audiences" CASCADE;
  DROP TABLE "lessons_blocks_rich_text" CASCADE;
  DROP TABLE "lessons_blocks_video" CASCADE;
  DROP TABLE "lessons_blocks_checklist" CASCADE;
  DROP TABLE "lessons_blocks_callout" CASCADE;
  DROP TABLE "lessons_blocks_faq" CASCADE;
  DROP TABLE "lessons_blocks_contact" CASCADE;
  DROP TABLE "lessons" CASCADE;
  DROP TABLE "lessons_locales" CASCADE;
  DROP TABLE "lessons_texts" CASCADE;
  DROP TABLE "_lessons_v_version_audiences" CASCADE;
  DROP TABLE "_lessons_v_blocks_rich_text" CASCADE;
  DROP TABLE "_lessons_v_blocks_video" CASCADE;
  DROP TABLE "_lessons_v_blocks_checklist" CASCADE;
  DROP TABLE "_lessons_v_blocks_callout" CASCADE;
  DROP TABLE "_lessons_v_blocks_faq" CASCADE;
  DROP TABLE "_lessons_v_blocks_contact" CASCADE;
  DROP TABLE "_lessons_v" CASCADE;
  DROP TABLE "_lessons_v_locales" CASCADE;
  DROP TABLE "_lessons_v_texts" CASCADE;
  DROP TABLE "courses_audiences" CASCADE;
  DROP TABLE "courses" CASCADE;
  DROP TABLE "courses_locales" CASCADE;
  DROP TABLE "courses_texts" CASCADE;
  DROP TABLE "courses_rels" CASCADE;
  DROP TABLE "_courses_v_version_audiences" CASCADE;
  DROP TABLE "_courses_v" CASCADE;
  DROP TABLE "_courses_v_locales" CASCADE;
  DROP TABLE "_courses_v_texts" CASCADE;
  DROP TABLE "_courses_v_rels" CASCADE;
  DROP TABLE "videos" CASCADE;
  DROP TABLE "videos_locales" CASCADE;
  DROP TABLE "videos_texts" CASCADE;
  DROP TABLE "_videos_v" CASCADE;
  DROP TABLE "_videos_v_locales" CASCADE;
  DROP TABLE "_videos_v_texts" CASCADE;
  DROP TABLE "checklists_items" CASCADE;
  DROP TABLE "checklists_items_locales" CASCADE;
  DROP TABLE "checklists" CASCADE;
  DROP TABLE "checklists_locales" CASCADE;
  DROP TABLE "checklists_texts" CASCADE;
  DROP TABLE "_checklists_v_version_items" CASCADE;
  DROP TABLE "_checklists_v_version_items_locales" CASCADE;
  DROP TABLE "_checklists_v" CASCADE;
  DROP TABLE "_checklists_v_locales" CASCADE;
  DROP TABLE "_checklists_v_texts" CASCADE;
  DROP TABLE "faqs" CASCADE;
  DROP TABLE "faqs_locales" CASCADE;
  DROP TABLE "faqs_texts" CASCADE;
  DROP TABLE "faqs_rels" CASCADE;
  DROP TABLE "_faqs_v" CASCADE;
  DROP TABLE "_faqs_v_locales" CASCADE;
  DROP TABLE "_faqs_v_texts" CASCADE;
  DROP TABLE "_faqs_v_rels" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "media_locales" CASCADE;
  DROP TABLE "video_files" CASCADE;
  DROP TABLE "caption_files" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TABLE "site_settings" CASCADE;
  DROP TABLE "site_settings_locales" CASCADE;
  DROP TABLE "_site_settings_v" CASCADE;
  DROP TABLE "_site_settings_v_locales" CASCADE;
  DROP TABLE "navigation_items" CASCADE;
  DROP TABLE "navigation_items_locales" CASCADE;
  DROP TABLE "navigation" CASCADE;
  DROP TABLE "_navigation_v_version_items" CASCADE;
  DROP TABLE "_navigation_v_version_items_locales" CASCADE;
  DROP TABLE "_navigation_v" CASCADE;
  DROP TYPE "public"."_locales";
  DROP TYPE "public"."enum_flows_audiences";
  DROP TYPE "public"."enum_flows_questions_type";
  DROP TYPE "public"."enum_flows_steps_kind";
  DROP TYPE "public"."enum_flows_status";
  DROP TYPE "public"."enum__flows_v_version_audiences";
  DROP TYPE "public"."enum__flows_v_version_questions_type";
  DROP TYPE "public"."enum__flows_v_version_steps_kind";
  DROP TYPE "public"."enum__flows_v_version_status";
  DROP TYPE "public"."enum__flows_v_published_locale";
  DROP TYPE "public"."enum_lessons_audiences";
  DROP TYPE "public"."enum_lessons_blocks_callout_tone";
  DROP TYPE "public"."enum_lessons_status";
  DROP TYPE "public"."enum__lessons_v_version_audiences";
  DROP TYPE "public"."enum__lessons_v_blocks_callout_tone";
  DROP TYPE "public"."enum__lessons_v_version_status";
  DROP TYPE "public"."enum__lessons_v_published_locale";
  DROP TYPE "public"."enum_courses_audiences";
  DROP TYPE "public"."enum_courses_status";
  DROP TYPE "public"."enum__courses_v_version_audiences";
  DROP TYPE "public"."enum__courses_v_version_status";
  DROP TYPE "public"."enum__courses_v_published_locale";
  DROP TYPE "public"."enum_videos_status";
  DROP TYPE "public"."enum__videos_v_version_status";
  DROP TYPE "public"."enum__videos_v_published_locale";
  DROP TYPE "public"."enum_checklists_status";
  DROP TYPE "public"."enum__checklists_v_version_status";
  DROP TYPE "public"."enum__checklists_v_published_locale";
  DROP TYPE "public"."enum_faqs_status";
  DROP TYPE "public"."enum__faqs_v_version_status";
  DROP TYPE "public"."enum__faqs_v_published_locale";
  DROP TYPE "public"."enum_users_role";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  DROP TYPE "public"."enum_site_settings_accessibility_compliance";
  DROP TYPE "public"."enum__site_settings_v_version_accessibility_compliance";`)
}
