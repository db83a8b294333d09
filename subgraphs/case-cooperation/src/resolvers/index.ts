import { CaseOffice } from './CaseOffice.js';
import { JSONScalar } from './JSON.js';
import { Lead } from './Lead.js';
import { Mutation } from './Mutation.js';
import { Notice } from './Notice.js';
import { NoticeAnswer } from './NoticeAnswer.js';
import { Platform } from './Platform.js';
import { Query } from './Query.js';

export const resolvers = { JSON: JSONScalar, Query, Mutation, Notice, NoticeAnswer, Lead, CaseOffice, Platform };
