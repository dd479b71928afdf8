export { datesStage } from './dates-stage.js';
