import { FlowKeysField as FlowKeysField_227967b2f3640198cbeeebf5c1b4bb3c } from '../../../admin/flows/FlowKeysField.tsx'
import { KeyField as KeyField_a3a58c8e23e56608743fb0ff43847422 } from '../../../admin/flows/KeyField.tsx'
import { FlowRowLabel as FlowRowLabel_aa9c291068d1f4998537785ca8e8e11d } from '../../../admin/flows/FlowRowLabel.tsx'
import { ConditionField as ConditionField_5387bbdd8acd2e120ac7f256ec92225d } from '../../../admin/flows/ConditionField.tsx'
import { EagerGroupField as EagerGroupField_eca621ddce6ce631c223baa035f49962 } from '../../../admin/flows/EagerGroupField.tsx'
import { LocalAdaptationsField as LocalAdaptationsField_e3a207cbcc6b8f399b1469bc3123404b } from '../../../admin/flows/LocalAdaptationsField.tsx'
import { FlowOverviewField as FlowOverviewField_b02cbd217453183faadc5f187b63c8d3 } from '../../../admin/flows/FlowOverviewField.tsx'
import { StepPickerField as StepPickerField_65466ab5973a6bbde566bc8b62b563cf } from '../../../admin/flows/StepPickerField.tsx'
import { VariantSharesField as VariantSharesField_d199f356422c3bca41cf50a9c5ecd753 } from '../../../admin/flows/VariantSharesField.tsx'
import { LocalFlowProblemsCell as LocalFlowProblemsCell_220e7b108b3051f7da688639e1040095 } from '../../../admin/flows/LocalFlowProblemsCell.tsx'
import { LocalFlowProblemsField as LocalFlowProblemsField_6e7ddbec854541d81a56ba420f3165f2 } from '../../../admin/flows/LocalFlowProblemsField.tsx'
import { AnchorStepField as AnchorStepField_1646c4da7a392b69263e3f8fa5893a75 } from '../../../admin/flows/AnchorStepField.tsx'
import { NationalStepPickerField as NationalStepPickerField_aa63efc69316de3149db6f7425d27d74 } from '../../../admin/flows/NationalStepPickerField.tsx'
import { LocalFlowOverviewField as LocalFlowOverviewField_37f245be5fed669f70395f41cdcedc37 } from '../../../admin/flows/LocalFlowOverviewField.tsx'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InsightsNavLink as InsightsNavLink_a9b096b583a318492a3dcd7a14075fc3 } from '../../../admin/insights/InsightsNavLink.tsx'
import { InsightsView as InsightsView_6609cea62dc6b3a903c15d094b428497 } from '../../../admin/insights/InsightsView.tsx'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/admin/flows/FlowKeysField.tsx#FlowKeysField": FlowKeysField_227967b2f3640198cbeeebf5c1b4bb3c,
  "/admin/flows/KeyField.tsx#KeyField": KeyField_a3a58c8e23e56608743fb0ff43847422,
  "/admin/flows/FlowRowLabel.tsx#FlowRowLabel": FlowRowLabel_aa9c291068d1f4998537785ca8e8e11d,
  "/admin/flows/ConditionField.tsx#ConditionField": ConditionField_5387bbdd8acd2e120ac7f256ec92225d,
  "/admin/flows/EagerGroupField.tsx#EagerGroupField": EagerGroupField_eca621ddce6ce631c223baa035f49962,
  "/admin/flows/LocalAdaptationsField.tsx#LocalAdaptationsField": LocalAdaptationsField_e3a207cbcc6b8f399b1469bc3123404b,
  "/admin/flows/FlowOverviewField.tsx#FlowOverviewField": FlowOverviewField_b02cbd217453183faadc5f187b63c8d3,
  "/admin/flows/StepPickerField.tsx#StepPickerField": StepPickerField_65466ab5973a6bbde566bc8b62b563cf,
  "/admin/flows/VariantSharesField.tsx#VariantSharesField": VariantSharesField_d199f356422c3bca41cf50a9c5ecd753,
  "/admin/flows/LocalFlowProblemsCell.tsx#LocalFlowProblemsCell": LocalFlowProblemsCell_220e7b108b3051f7da688639e1040095,
  "/admin/flows/LocalFlowProblemsField.tsx#LocalFlowProblemsField": LocalFlowProblemsField_6e7ddbec854541d81a56ba420f3165f2,
  "/admin/flows/AnchorStepField.tsx#AnchorStepField": AnchorStepField_1646c4da7a392b69263e3f8fa5893a75,
  "/admin/flows/NationalStepPickerField.tsx#NationalStepPickerField": NationalStepPickerField_aa63efc69316de3149db6f7425d27d74,
  "/admin/flows/LocalFlowOverviewField.tsx#LocalFlowOverviewField": LocalFlowOverviewField_37f245be5fed669f70395f41cdcedc37,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/admin/insights/InsightsNavLink.tsx#InsightsNavLink": InsightsNavLink_a9b096b583a318492a3dcd7a14075fc3,
  "/admin/insights/InsightsView.tsx#InsightsView": InsightsView_6609cea62dc6b3a903c15d094b428497,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
