export { tokenizeStage } from './tokenize-stage.js';
