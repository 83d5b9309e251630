import { printMonitoringReport } from '../documents/monitoringReport/monitoringReport';
import type { HandlersOf } from '../service';
import { cancelBatch, continueBatch, finishBatch, startBatch } from './batch';
import { findByCode, moveCommitment, updateCommitment } from './commitments';
import { printCommitment } from './printing';
import { progressMatrix, recordProgress } from './progress';
import { commitmentBoard, getActionPlan, listActionPlans } from './queries';
import { createActionPlan, updateActionPlan } from './service';
import { listCommitmentTemplates, saveCommitmentTemplate } from './templates';

export const commitmentTemplateHandlers: HandlersOf<'commitmentTemplates'> = {
  'commitmentTemplates.list': (_input, ctx) => listCommitmentTemplates(ctx),
  'commitmentTemplates.save': (input, ctx) => saveCommitmentTemplate(input, ctx),
};

export const actionPlanHandlers: HandlersOf<'actionPlans'> = {
  'actionPlans.list': (input, ctx) => listActionPlans(input, ctx),
  'actionPlans.get': (input, ctx) => getActionPlan(input.id, ctx),
  'actionPlans.create': (input, ctx) => createActionPlan(input, ctx),
  'actionPlans.update': (input, ctx) => updateActionPlan(input, ctx),
  'actionPlans.board': (input, ctx) => commitmentBoard(input, ctx),
  'actionPlans.progress': (input, ctx) => progressMatrix(input.planId, ctx),
  'actionPlans.recordProgress': (input, ctx) => recordProgress(input, ctx),
  'actionPlans.printMonitoring': (input, ctx) => printMonitoringReport(input, ctx),
};

export const commitmentHandlers: HandlersOf<'commitments'> = {
  'commitments.update': (input, ctx) => updateCommitment(input, ctx),
  'commitments.move': (input, ctx) => moveCommitment(input, ctx),
  'commitments.findByCode': (input, ctx) => findByCode(input, ctx),
  'commitments.print': (input, ctx) => printCommitment(input, ctx),
  'commitments.batchStart': (input, ctx) => startBatch(input, ctx),
  'commitments.batchContinue': (input, ctx) => continueBatch(input, ctx),
  'commitments.batchFinish': (input, ctx) => finishBatch(input, ctx),
  'commitments.batchCancel': (input, ctx) => cancelBatch(input, ctx),
};
