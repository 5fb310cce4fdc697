// The one file that imports compromise: the rest of the core sees only these typed questions.
// compromise costs milliseconds per sentence, so it is asked only about candidates the cheap
// rules could not decide.
import nlp from 'compromise';

// Verbs compromise tags as imperative that open greetings and notices, not instructions.
const NOT_INSTRUCTIONS = /^(welcome|congratulations|congrats|thanks|thank|enjoy|happy|hope|see|good|sorry|pardon|excuse|forgive|wish|look forward|celebrate|stay|save|shop|start saving|read me|ignore)\b/i;

/** "Circulate the exhibit list to the team." opens with a verb in the imperative. */
// Openers that cannot start an imperative; they rule most sentences out before compromise runs.
const NOT_VERB_OPENER = /^(the|a|an|our|my|your|his|her|their|its|this|that|these|those|i|we|you|he|she|it|they|there|here|in|on|at|for|as|after|before|since|when|while|if|because|although|though|with|from|to|of|by|all|some|no|yes|not|also|and|but|so|or|what|who|how|why|where|which|thanks|like|possible|regards|note|\d)\b/i;
// "Make Accessible is a command that…" describes; an instruction does not go on with "is".
const DESCRIBES = /^\S+(\s\S+){0,2}\s(is|are|was|were|has|have|had|being)\b/i;

export function opensWithImperative(sentence: string): boolean {
  if (NOT_INSTRUCTIONS.test(sentence) || NOT_VERB_OPENER.test(sentence) || DESCRIBES.test(sentence)) return false;
  if (sentence.split(/\s+/).length < 3) return false; // "Chip" signing off is not an instruction to chip
  // The opening words decide it, and tagging four words costs a fraction of a whole sentence.
  const opening = sentence.split(/\s+/, 4).join(' ').toLowerCase();
  let verdict = openings.get(opening);
  if (verdict === undefined) {
    verdict = nlp(opening).has('^#Infinitive');
    if (openings.size > 5000) openings.clear();
    openings.set(opening, verdict);
  }
  return verdict;
}

const openings = new Map<string, boolean>();
