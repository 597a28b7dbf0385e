import { defineCollection } from 'astro:content'
import {
  checklist,
  course,
  faq,
  flow,
  lesson,
  localFlow,
  municipalities,
  navigation,
  siteSettings,
  video,
} from '../content-models/index.ts'
import { collectionLoader, globalLoader } from './content/index.ts'

/** Every collection the site renders; each document validated by its content-models schema. */
export const collections = {
  flows: defineCollection({ loader: collectionLoader('flows'), schema: flow }),
  lessons: defineCollection({ loader: collectionLoader('lessons'), schema: lesson }),
  courses: defineCollection({ loader: collectionLoader('courses'), schema: course }),
  videos: defineCollection({ loader: collectionLoader('videos'), schema: video }),
  checklists: defineCollection({ loader: collectionLoader('checklists'), schema: checklist }),
  faqs: defineCollection({ loader: collectionLoader('faqs'), schema: faq }),
  municipalities: defineCollection({
    loader: collectionLoader('municipalities'),
    schema: municipalities.shape.municipalities.element,
  }),
  localFlows: defineCollection({ loader: collectionLoader('localFlows'), schema: localFlow }),
  siteSettings: defineCollection({ loader: globalLoader('siteSettings'), schema: siteSettings }),
  navigation: defineCollection({ loader: globalLoader('navigation'), schema: navigation }),
}
