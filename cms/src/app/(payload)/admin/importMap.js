import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { PointPickerField as PointPickerField_6b703aa7afddcab70a6e444d749bc028 } from '../../../../src/maps/PointPickerField'
import { BoundaryField as BoundaryField_2893e12527a0bb726a11823b2adbc998 } from '../../../../src/maps/BoundaryField'
import { ReviewControls as ReviewControls_27a85aa83572bc18eab0a0bf1b4738ea } from '../../../../src/platform/publishing/review-controls'
import { PublishForEditors as PublishForEditors_db3b8b0f194395e4586b898ae963cc09 } from '../../../../src/platform/admin/publish-controls'
import { UnpublishForEditors as UnpublishForEditors_db3b8b0f194395e4586b898ae963cc09 } from '../../../../src/platform/admin/publish-controls'
import { SignupsPanel as SignupsPanel_1eb5beca0a0a9bcec433598688376a49 } from '../../../../src/signups/admin/signups-panel'
import { StaffCancel as StaffCancel_3e239a64167612ed3114b7aad3d14324 } from '../../../../src/signups/staff-cancel-button'
import { EraseOnePerson as EraseOnePerson_76620eac4d079f9b5ef3ae2471c850b1 } from '../../../../src/signups/admin/signups-list-tools'
import { SignupsListTools as SignupsListTools_76620eac4d079f9b5ef3ae2471c850b1 } from '../../../../src/signups/admin/signups-list-tools'
import { AttendanceNavLink as AttendanceNavLink_a9c6825d1086c3b17f3ea8e3ee88d59c } from '../../../../src/signups/admin/nav-links'
import { Dashboard as Dashboard_1bd09ce8ad932e6bce0cadae8ad1a39f } from '../../../../src/platform/admin/dashboard'
import { AccessibleNames as AccessibleNames_a0d44963d43157bd7e61cfcf6c6a3818 } from '../../../../src/platform/admin/accessible-names'
import { RosterView as RosterView_b633629fd8c9dd67ae0c5b43de1d214f } from '../../../../src/signups/admin/roster-view'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/src/maps/PointPickerField#PointPickerField": PointPickerField_6b703aa7afddcab70a6e444d749bc028,
  "/src/maps/BoundaryField#BoundaryField": BoundaryField_2893e12527a0bb726a11823b2adbc998,
  "/src/platform/publishing/review-controls#ReviewControls": ReviewControls_27a85aa83572bc18eab0a0bf1b4738ea,
  "/src/platform/admin/publish-controls#PublishForEditors": PublishForEditors_db3b8b0f194395e4586b898ae963cc09,
  "/src/platform/admin/publish-controls#UnpublishForEditors": UnpublishForEditors_db3b8b0f194395e4586b898ae963cc09,
  "/src/signups/admin/signups-panel#SignupsPanel": SignupsPanel_1eb5beca0a0a9bcec433598688376a49,
  "/src/signups/staff-cancel-button#StaffCancel": StaffCancel_3e239a64167612ed3114b7aad3d14324,
  "/src/signups/admin/signups-list-tools#EraseOnePerson": EraseOnePerson_76620eac4d079f9b5ef3ae2471c850b1,
  "/src/signups/admin/signups-list-tools#SignupsListTools": SignupsListTools_76620eac4d079f9b5ef3ae2471c850b1,
  "/src/signups/admin/nav-links#AttendanceNavLink": AttendanceNavLink_a9c6825d1086c3b17f3ea8e3ee88d59c,
  "/src/platform/admin/dashboard#Dashboard": Dashboard_1bd09ce8ad932e6bce0cadae8ad1a39f,
  "/src/platform/admin/accessible-names#AccessibleNames": AccessibleNames_a0d44963d43157bd7e61cfcf6c6a3818,
  "/src/signups/admin/roster-view#RosterView": RosterView_b633629fd8c9dd67ae0c5b43de1d214f,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
